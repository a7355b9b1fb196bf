package archfixture.adapters.web;

import archfixture.application.alpha.AlphaUseCase;

/** Breaks "no command of the core is a Jackson binding target": it reads a body straight onto the use case's record. */
public class BindsACommandOfTheCore {

    public Class<?> bindingTarget() {
        return AlphaUseCase.Command.class;
    }
}
