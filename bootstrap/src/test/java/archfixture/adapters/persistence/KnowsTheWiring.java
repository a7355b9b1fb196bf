package archfixture.adapters.persistence;

/** Breaks "only bootstrap sees every module": nothing may depend on bootstrap. */
public class KnowsTheWiring {
    public archfixture.bootstrap.Wiring wiring;
}
