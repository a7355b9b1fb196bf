package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.SignedConventionNumber;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.reference.RegimeCode;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The convention part of a form (the registration's and the Conventions tab's): régime, caisse, code and partner
 * type, checked against the reference data — a known régime, a caisse of that régime, a code the caisse signed —
 * with each problem on its own field ({@code regime}, {@code caisse}, {@code codeConvention}, {@code typePartenaire}).
 */
public final class ConventionTermsInput {

    public static final String UNKNOWN_CODE = "Ce numéro de convention n'est pas connu de la caisse choisie :"
            + " vérifiez-le ou contactez votre caisse.";
    public static final String IN_USE = "Ce numéro de convention est déjà utilisé par une demande en cours ou une"
            + " convention en vigueur : vérifiez-le ou contactez votre caisse.";

    private ConventionTermsInput() {
    }

    /**
     * The terms, or empty with the errors added (fields already in error are not parsed again). The code must be one
     * the caisse registered, signed for this partner type and in force {@code today} (spec §3.4).
     */
    public static Optional<ConventionTerms> parse(ReferenceData referenceData, LocalDate today, FormErrors errors,
            String rawRegime, String rawCaisse, String rawCode, String rawType) {
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
        if (caisse.isPresent() && code.isPresent()) {
            Optional<SignedConventionNumber> signed = referenceData.signedNumber(caisse.get().code(), code.get());
            if (signed.isEmpty()) {
                errors.add("codeConvention", UNKNOWN_CODE);
                return Optional.empty();
            }
            if (type.isPresent() && signed.get().usableBy(type.get(), today) instanceof Result.Refused<?> refused) {
                errors.add("codeConvention", refused.refusal());
                return Optional.empty();
            }
        }
        if (regime.isEmpty() || caisse.isEmpty() || code.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConventionTerms(caisse.get(), code.get(), type.get()));
    }

    /**
     * Adds the "in use" error when a pending registration or request, or a convention in force, already holds the
     * number (spec §3.4); true when it is free.
     */
    public static boolean free(ConventionNumberUse use, ConventionTerms terms, LocalDate today, FormErrors errors) {
        if (use.inUse(terms.caisse().code(), terms.code(), today)) {
            errors.add("codeConvention", IN_USE);
            return false;
        }
        return true;
    }
}
