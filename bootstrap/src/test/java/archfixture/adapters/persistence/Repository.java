package archfixture.adapters.persistence;

/** A persistence adapter class. */
public class Repository {
}
