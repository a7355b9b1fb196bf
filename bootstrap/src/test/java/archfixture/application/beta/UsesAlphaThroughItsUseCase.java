package archfixture.application.beta;

import archfixture.application.alpha.AlphaUseCase;

/** Reaches the alpha feature through its use case and command: accepted. */
public final class UsesAlphaThroughItsUseCase {

    public String call(AlphaUseCase alpha) {
        return alpha.run(new AlphaUseCase.Command("x"));
    }
}
