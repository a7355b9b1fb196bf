package fr.portailpartenaires.domain.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A signed convention number and who may use it when (spec §3.4). */
class SignedConventionNumberTest {

    private static final CaisseCode CARSAT = CaisseCode.of("CARSAT-NORD-PICARDIE");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static SignedConventionNumber ergo(Optional<LocalDate> until) {
        return SignedConventionNumber.of(CARSAT, ConventionCode.of("62739900"), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE,
                PartnerName.of("Léa Mercier Ergothérapie"), START, until).orElseThrow();
    }

    private static Result.Refused<?> refused(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Refused.class);
        return (Result.Refused<?>) result;
    }

    @Test
    void it_is_usable_by_its_type_from_its_first_day_to_its_last() {
        var number = ergo(Optional.of(LocalDate.of(2026, 12, 31)));

        assertThat(number.usableBy(PartnerType.PRESTATAIRE_ERGOTHERAPEUTE, START)).isInstanceOf(Result.Ok.class);
        assertThat(number.usableBy(PartnerType.PRESTATAIRE_ERGOTHERAPEUTE, LocalDate.of(2026, 12, 31))).isInstanceOf(Result.Ok.class);
        assertThat(refused(number.usableBy(PartnerType.PRESTATAIRE_ERGOTHERAPEUTE, START.minusDays(1))).refusal())
                .isEqualTo(SignedConventionNumber.NOT_IN_FORCE);
        assertThat(refused(number.usableBy(PartnerType.PRESTATAIRE_ERGOTHERAPEUTE, LocalDate.of(2027, 1, 1))).refusal())
                .isEqualTo(SignedConventionNumber.NOT_IN_FORCE);
        assertThat(refused(number.usableBy(PartnerType.HABITAT, START)).refusal())
                .isEqualTo(SignedConventionNumber.WRONG_TYPE);
    }

    @Test
    void without_an_end_it_stays_in_force_and_a_code_only_number_suits_every_type_at_every_date() {
        assertThat(ergo(Optional.empty()).usableBy(PartnerType.PRESTATAIRE_ERGOTHERAPEUTE, LocalDate.of(2099, 1, 1)))
                .isInstanceOf(Result.Ok.class);
        var demo = SignedConventionNumber.codeOnly(CARSAT, ConventionCode.of("757301"));
        for (PartnerType type : PartnerType.values()) {
            assertThat(demo.usableBy(type, LocalDate.of(1990, 1, 1))).isInstanceOf(Result.Ok.class);
        }
    }

    @Test
    void it_cannot_end_before_it_starts() {
        assertThat(refused(SignedConventionNumber.of(CARSAT, ConventionCode.of("62739900"), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE,
                PartnerName.of("Léa Mercier"), START, Optional.of(START.minusDays(1)))).refusal())
                .isEqualTo(SignedConventionNumber.END_BEFORE_START);
    }
}
