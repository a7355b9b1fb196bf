package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.FormFields;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.EtatConvention;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Conventions tab (spec §3.3): every user of a partner reads its conventions; its administrators request a
 * new one, which waits for the validation of its caisse. A validated convention is changed only by its caisse.
 */
@UseCase
public interface ManageConventions {

    /** The conventions of the caller's partner, in request order, with their état on the day. */
    Outcome<List<ConventionView>> list(Principal partnerUser);

    /**
     * An administrator of the partner requests a convention: a known régime, a caisse of that régime, a code the
     * caisse signed, a partner type — every field error at once — and a code the partner does not already hold
     * (pending or valid). It appears "en attente de validation".
     */
    Outcome<ConventionView> request(Principal partnerAdministrator, ConventionRequest request, String sourceAddress);

    /**
     * Changes the code or the partner type of a validated, unclosed convention: its caisse's administrator may,
     * the partner never (refused {@code FORBIDDEN}); a pending, invalidated or closed convention cannot be changed.
     */
    Outcome<ConventionView> modify(Principal principal, ConventionId id, ConventionChange change, String sourceAddress);

    /** The form of the Conventions tab (the registration form's field names); lengths are capped before parsing. */
    record ConventionRequest(
            @FormFields.Regime String regime,
            @FormFields.Caisse String caisse,
            @FormFields.ConventionCode String codeConvention,
            @FormFields.PartnerTypeCode String typePartenaire) {
    }

    /** What a caisse may change in a validated convention. */
    record ConventionChange(
            @FormFields.ConventionCode String codeConvention,
            @FormFields.PartnerTypeCode String typePartenaire) {
    }

    /**
     * A convention as the Conventions tab shows it.
     *
     * @param caisse         the caisse's label; {@code codeCaisse} its code
     * @param typePartenaire the partner type's label; {@code codeTypePartenaire} its code
     * @param etat           the état's label ("en attente de validation", "validée"…); {@code codeEtat} its code
     */
    record ConventionView(UUID id, String regime, String codeCaisse, String caisse, String code,
            String codeTypePartenaire, String typePartenaire, String codeEtat, String etat, Instant demandeeLe) {

        /** The convention as it stands on that day (its état is derived from the day: a closing date passes). */
        public static ConventionView of(Convention convention, LocalDate today) {
            EtatConvention etat = convention.etat(today);
            return new ConventionView(convention.id().value(), convention.regime().value(),
                    convention.caisse().code().value(), convention.caisse().libelle(), convention.code().value(),
                    convention.partnerType().code(), convention.partnerType().label(), etat.name(), etat.label(),
                    convention.requestedAt());
        }
    }
}
