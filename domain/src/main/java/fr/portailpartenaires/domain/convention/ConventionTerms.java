package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.reference.RegimeCode;
import fr.portailpartenaires.domain.shared.Components;

/**
 * What a convention says: the caisse it is signed with (and thereby the régime), its code and the
 * type of partner it is for. Whether the code exists for that caisse is checked against the
 * reference data by the application.
 *
 * @param caisse      the caisse that signed the convention
 * @param code        the convention code given by the caisse
 * @param partnerType the type of partner the convention is for
 */
public record ConventionTerms(Caisse caisse, ConventionCode code, PartnerType partnerType) {

    public ConventionTerms {
        Components.required(ConventionTerms.class, caisse, code, partnerType);
    }

    /** The régime of the caisse: a convention cannot name a caisse of another régime. */
    public RegimeCode regime() {
        return caisse.regime();
    }

    ConventionTerms with(ConventionCode newCode, PartnerType newPartnerType) {
        return new ConventionTerms(caisse, newCode, newPartnerType);
    }
}
