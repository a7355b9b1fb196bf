package fr.portailpartenaires.domain.reference;

import fr.portailpartenaires.domain.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Result;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaisseCodeTest {

    private static final Result<CaisseCode> INVALID = Result.refused(new Refusal("caisse.invalide",
            "Le code caisse doit être composé d'au plus 40 lettres majuscules, chiffres ou tirets."));

    @Nested
    class Parsing {
        @ParameterizedTest
        @ValueSource(strings = {"CARSAT-NORD-PICARDIE", "CNAV-IDF", "CAF-75", "CAF-2A", "CNRACL", "MSA-62"})
        void accepts_letters_digits_and_single_dashes(String code) {
            assertThat(CaisseCode.parse(code)).isEqualTo(Result.ok(new CaisseCode(code)));
        }

        @Test
        void trims_and_upper_cases_what_a_client_sends() {
            assertThat(CaisseCode.of(" carsat-nord-picardie ").value()).isEqualTo("CARSAT-NORD-PICARDIE");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" "})
        void requires_a_value(String raw) {
            assertThat(CaisseCode.parse(raw))
                    .isEqualTo(Result.refused(new Refusal("caisse.obligatoire", "La caisse est obligatoire.")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-CAF", "CAF-", "CAF--75", "CAF 75", "CAF_75", "CARSAT-RHÔNE",
            "ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGH"})
        void refuses_malformed_or_too_long_codes(String raw) {
            assertThat(CaisseCode.parse(raw)).isEqualTo(INVALID);
        }

        @Test
        void accepts_exactly_forty_characters() {
            assertThat(CaisseCode.parse("ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFG").isOk()).isTrue();
        }
    }

    @Test
    void cannot_be_built_invalid() {
        assertThatThrownBy(() -> new CaisseCode("caf-75"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).refusal().code()).isEqualTo("caisse.invalide");
    }
}
