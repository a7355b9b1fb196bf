package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;

/**
 * Who may decide on a registration request: only an administrator of the caisse the visitor chose.
 * As for conventions, an outsider is refused before learning anything about the request's state.
 */
final class RegistrationRules {

    static final Refusal OTHER_CAISSE = Refusal.of("inscription.hors_perimetre_caisse");
    static final Refusal CAISSE_ONLY = Refusal.of("inscription.reservee_caisse");
    static final Refusal ALREADY_VALIDATED = Refusal.of("inscription.deja_validee");
    static final Refusal INVALIDATED = Refusal.of("inscription.invalidee");

    private RegistrationRules() {
    }

    /** Accepts only an administrator of the caisse chosen in the registration. */
    static Result<Actor> chosenCaisse(Registration<?> registration, Actor actor) {
        return switch (actor) {
            case Actor.PartnerAdministrator partner -> Result.refused(CAISSE_ONLY);
            case Actor.CaisseAdministrator caisse -> caisse.caisse().equals(registration.convention().caisse().code())
                    ? Result.ok(actor) : Result.refused(OTHER_CAISSE);
        };
    }

    static <T> Result<T> notInThisState(Registration<?> registration, Actor actor, Refusal refusal) {
        return chosenCaisse(registration, actor).flatMap(caisse -> Result.refused(refusal));
    }
}
