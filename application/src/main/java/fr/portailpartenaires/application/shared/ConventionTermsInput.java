package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.reference.RegimeCode;
import java.util.Optional;

/**
 * The convention part of a form (the registration's and the Conventions tab's): régime, caisse, code and partner
 * type, checked against the reference data — a known régime, a caisse of that régime, a code the caisse signed —
 * with each problem on its own field ({@code regime}, {@code caisse}, {@code codeConvention}, {@code typePartenaire}).
 */
public final class ConventionTermsInput {

    public static final String UNKNOWN_CODE = "Ce numéro de convention n'est pas connu de la caisse choisie :"
            + " vérifiez-le ou contactez votre caisse.";

    private ConventionTermsInput() {
    }

    /** The terms, or empty with the errors added (fields already in error are not parsed again). */
    public static Optional<ConventionTerms> parse(ReferenceData referenceData, FormErrors errors, String rawRegime,
            String rawCaisse, String rawCode, String rawType) {
        Optional<RegimeCode> regime = errors.parse("regime", rawRegime, RegimeCode::parse)
                .filter(code -> referenceData.regimes().stream().anyMatch(known -> known.code().equals(code)));
        if (regime.isEmpty() && !errors.has("regime")) {
            errors.add("regime", "Le régime est inconnu.");
        }
        Optional<CaisseCode> caisseCode = errors.parse("caisse", rawCaisse, CaisseCode::parse);
        Optional<ConventionCode> code = errors.parse("codeConvention", rawCode, ConventionCode::parse);
        Optional<PartnerType> type = errors.parse("typePartenaire", rawType, PartnerType::fromCode);
        Optional<Caisse> caisse = caisseCode.flatMap(referenceData::caisse);
        if (caisseCode.isPresent() && caisse.isEmpty()) {
            errors.add("caisse", "Cette caisse est inconnue.");
        }
        if (regime.isPresent() && caisse.isPresent() && !caisse.get().regime().equals(regime.get())) {
            errors.add("caisse", "Cette caisse n'appartient pas au régime choisi.");
            return Optional.empty();
        }
        if (caisse.isPresent() && code.isPresent()
                && !referenceData.conventionNumberExists(caisse.get().code(), code.get())) {
            errors.add("codeConvention", UNKNOWN_CODE);
            return Optional.empty();
        }
        if (regime.isEmpty() || caisse.isEmpty() || code.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConventionTerms(caisse.get(), code.get(), type.get()));
    }
}
