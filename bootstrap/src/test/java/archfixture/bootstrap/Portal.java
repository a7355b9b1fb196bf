package archfixture.bootstrap;

/** The fixture's library entry point: it reaches the web adapter through a feature. */
public class Portal {

    private final Feature feature = new Feature();

    Feature feature() {
        return feature;
    }
}
