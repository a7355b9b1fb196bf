package archfixture.bootstrap;

/** The fixture's bootstrap. */
public class Wiring {
}
