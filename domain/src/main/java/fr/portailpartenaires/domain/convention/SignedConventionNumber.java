package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A convention number a caisse has signed and registered (spec §3.4): only such a number, not in use, lets a visitor
 * register or a partner request a convention. It was signed for one partner type, with the raison sociale the
 * caisse expects, from a date and possibly until one. Numbers registered before the caisse could say more (the
 * demo's) carry no type, name or dates: any type may use them, at any date.
 */
public record SignedConventionNumber(CaisseCode caisse, ConventionCode code, Optional<PartnerType> partnerType,
        Optional<PartnerName> expectedName, Optional<LocalDate> validFrom, Optional<LocalDate> validUntil) {

    public static final Refusal END_BEFORE_START = Refusal.of("numero_convention.dates_incoherentes");
    public static final Refusal WRONG_TYPE = Refusal.of("numero_convention.type_different");
    public static final Refusal NOT_IN_FORCE = Refusal.of("numero_convention.hors_periode");

    public SignedConventionNumber {
        Components.required(SignedConventionNumber.class, caisse, code, partnerType, expectedName, validFrom,
                validUntil);
    }

    /** A number registered by the caisse with all it knows; refused when it ends before it starts. */
    public static Result<SignedConventionNumber> of(CaisseCode caisse, ConventionCode code, PartnerType partnerType,
            PartnerName expectedName, LocalDate validFrom, Optional<LocalDate> validUntil) {
        if (validUntil.isPresent() && validUntil.get().isBefore(validFrom)) {
            return Result.refused(END_BEFORE_START);
        }
        return Result.ok(new SignedConventionNumber(caisse, code, Optional.of(partnerType), Optional.of(expectedName),
                Optional.of(validFrom), validUntil));
    }

    /** A number known by its code only (registered before the caisse could say more). */
    public static SignedConventionNumber codeOnly(CaisseCode caisse, ConventionCode code) {
        return new SignedConventionNumber(caisse, code, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Whether a partner of that type may use it on that day: the type it was signed for, within its dates. */
    public Result<SignedConventionNumber> usableBy(PartnerType type, LocalDate today) {
        if (partnerType.isPresent() && partnerType.get() != type) {
            return Result.refused(WRONG_TYPE);
        }
        if (validFrom.filter(today::isBefore).isPresent() || validUntil.filter(today::isAfter).isPresent()) {
            return Result.refused(NOT_IN_FORCE);
        }
        return Result.ok(this);
    }
}
