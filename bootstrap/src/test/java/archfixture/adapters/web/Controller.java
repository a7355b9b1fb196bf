package archfixture.adapters.web;

/** A web adapter class. */
public class Controller {
}
