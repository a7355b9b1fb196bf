package archfixture.application.beta;

import archfixture.application.alpha.AlphaStore;

/** Breaks "features meet through use cases": reads another feature's out-port. */
public final class ReachesIntoAlphasStore {

    public String call(AlphaStore store) {
        return store.load();
    }
}
