package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    /** Fictitious but valid: SIREN 123456782 and the whole SIRET both pass the Luhn key. */
    static final String VALID = "12345678298741";

    @Nested
    class Accepts {
        @Test
        void fourteen_digits_with_a_valid_luhn_key() {
            assertThat(Siret.parse(VALID)).isEqualTo(Result.ok(new Siret(VALID)));
        }

        @Test
        void digits_typed_with_spaces_and_stores_them_without() {
            assertThat(Siret.of(" 123 456 782 98741 ").value()).isEqualTo(VALID);
        }

        @Test
        void a_la_poste_siret_whose_digits_add_up_to_a_multiple_of_five_though_its_luhn_key_fails() {
            assertThat(Siret.parse("35600000010014").isOk()).isTrue();
        }

        @Test
        void la_poste_s_head_office_which_passes_the_luhn_key() {
            assertThat(Siret.parse("35600000000048").isOk()).isTrue();
        }
    }

    @Nested
    class Refuses {
        @Test
        void the_fictitious_siret_of_the_seed_because_its_luhn_key_is_wrong() {
            assertThat(Siret.parse("12345678998745")).isEqualTo(Result.refused(new Refusal("siret.cle_invalide",
                    "Le numéro SIRET est invalide (clé de contrôle) : vérifiez les 14 chiffres.")));
        }

        @Test
        void a_la_poste_siret_that_fails_both_rules() {
            assertThat(Siret.parse("35600000010001")).extracting(SiretTest::code).isEqualTo("siret.cle_invalide");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234567829874", "123456782987410", "1234567829874A", "12345-678298741"})
        void anything_but_fourteen_digits(String typed) {
            assertThat(Siret.parse(typed)).isEqualTo(Result.refused(new Refusal("siret.format_invalide",
                    "Le numéro SIRET doit comporter exactement 14 chiffres.")));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "   ")
        void nothing(String typed) {
            assertThat(Siret.parse(typed)).isEqualTo(Result.refused(new Refusal("siret.obligatoire", "Le numéro SIRET est obligatoire.")));
        }

        @Test
        void to_be_built_invalid() {
            assertThatThrownBy(() -> new Siret("12345678998745")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> Siret.of("123")).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("14 chiffres");
        }
    }

    static String code(Result<?> result) {
        return ((Result.Refused<?>) result).refusal().code();
    }
}
