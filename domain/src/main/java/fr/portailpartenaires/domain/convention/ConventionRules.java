package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;

/**
 * Who may act on a convention, and the refusals of the convention lifecycle. Checks run in a fixed
 * order so that nobody learns more than they may: scope first (an administrator of another caisse
 * or partner learns nothing about the state), then the state, then the role.
 */
final class ConventionRules {

    static final Refusal OTHER_CAISSE = Refusal.of("convention.hors_perimetre_caisse");
    static final Refusal OTHER_PARTNER = Refusal.of("convention.hors_perimetre_partenaire");
    static final Refusal VALIDATION_BY_CAISSE = Refusal.of("convention.validation_reservee_caisse");
    static final Refusal INVALIDATION_BY_CAISSE = Refusal.of("convention.invalidation_reservee_caisse");
    static final Refusal MODIFICATION_BY_CAISSE = Refusal.of("convention.modification_reservee_caisse");
    static final Refusal CLOSURE_BY_CAISSE = Refusal.of("convention.cloture_reservee_caisse");
    static final Refusal ALREADY_VALIDATED = Refusal.of("convention.deja_validee");
    static final Refusal VALIDATED_CANNOT_BE_INVALIDATED = Refusal.of("convention.validee_non_invalidable");
    static final Refusal PENDING_CANNOT_BE_MODIFIED = Refusal.of("convention.en_attente_non_modifiable");
    static final Refusal PENDING_CANNOT_BE_CLOSED = Refusal.of("convention.en_attente_non_cloturable");
    static final Refusal CLOSED = Refusal.of("convention.cloturee");
    static final Refusal INVALIDATED = Refusal.of("convention.invalidee");
    static final Refusal CLOSURE_IN_THE_PAST = Refusal.of("convention.date_cloture_passee");

    private ConventionRules() {
    }

    /** Refuses an actor who has no business with this convention. */
    static Result<Actor> inScope(Convention convention, Actor actor) {
        return switch (actor) {
            case Actor.PartnerAdministrator partner -> partner.partnerId().equals(convention.partnerId())
                    ? Result.ok(actor) : Result.refused(OTHER_PARTNER);
            case Actor.CaisseAdministrator caisse -> caisse.caisse().equals(convention.caisse().code())
                    ? Result.ok(actor) : Result.refused(OTHER_CAISSE);
        };
    }

    /** Accepts only the caisse of the convention (to be called after {@link #inScope}). */
    static Result<Actor> caisseOnly(Actor actor, Refusal otherwise) {
        return actor instanceof Actor.CaisseAdministrator ? Result.ok(actor) : Result.refused(otherwise);
    }

    /** Refuses an action that the convention's state does not allow, without telling outsiders why. */
    static <T> Result<T> notInThisState(Convention convention, Actor actor, Refusal refusal) {
        return inScope(convention, actor).flatMap(inScope -> Result.refused(refusal));
    }
}
