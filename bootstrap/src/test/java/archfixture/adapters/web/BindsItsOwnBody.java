package archfixture.adapters.web;

import archfixture.application.alpha.AlphaUseCase;

/** Keeps the rule: the body is the adapter's own record, mapped to the use case's command. */
public class BindsItsOwnBody {

    public record Body(String valeur) {

        AlphaUseCase.Command command() {
            return new AlphaUseCase.Command(valeur);
        }
    }

    public Class<?> bindingTarget() {
        return Body.class;
    }
}
