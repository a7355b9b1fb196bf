package fr.portailpartenaires.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegimeCodeTest {

    @Nested
    class Parsing {
        @ParameterizedTest
        @ValueSource(strings = {"CNAV", "CGSS", "MSA", "SSI", "CNRACL", "FPE", "CAVIMAC", "CAF"})
        void accepts_the_seeded_regimes(String code) {
            assertThat(RegimeCode.parse(code)).isEqualTo(Result.ok(new RegimeCode(code)));
        }

        @Test
        void trims_and_upper_cases_what_a_client_sends() {
            assertThat(RegimeCode.of("  cnav ").value()).isEqualTo("CNAV");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void requires_a_value(String raw) {
            assertThat(RegimeCode.parse(raw))
                    .isEqualTo(Result.refused(new Refusal("regime.obligatoire", "Le régime est obligatoire.")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"CNAV1", "C-NAV", "RÉGIME", "ABCDEFGHIJKLMNOPQRSTU", "C NAV"})
        void refuses_anything_but_up_to_twenty_letters(String raw) {
            assertThat(RegimeCode.parse(raw)).isEqualTo(Result.refused(new Refusal("regime.invalide",
                    "Le code régime doit être composé de 1 à 20 lettres majuscules sans accent.")));
        }

        @Test
        void accepts_exactly_twenty_letters() {
            assertThat(RegimeCode.parse("ABCDEFGHIJKLMNOPQRST").isOk()).isTrue();
        }
    }

    @Test
    void cannot_be_built_invalid() {
        assertThatThrownBy(() -> new RegimeCode("cnav"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).refusal().code()).isEqualTo("regime.invalide");
        assertThatThrownBy(() -> RegimeCode.of(""))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).refusal())
                .isEqualTo(new Refusal("regime.obligatoire", "Le régime est obligatoire."));
    }
}
