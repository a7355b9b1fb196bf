package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NirTest {

    private static final Refusal WRONG_KEY = new Refusal("nir.cle_invalide",
            "La clé du NIR ne correspond pas au numéro : vérifiez les 15 caractères.");

    @Nested
    class Accepts {
        @Test
        void fifteen_characters_whose_key_is_97_minus_the_number_modulo_97() {
            // 1841276451089 mod 97 = 51, key = 97 - 51 = 46
            Nir nir = Nir.of("184127645108946");
            assertThat(nir.value()).isEqualTo("184127645108946");
            assertThat(nir.withoutKey()).isEqualTo("1841276451089");
        }

        @Test
        void thirteen_characters_and_computes_the_key() {
            assertThat(Nir.of("1841276451089").value()).isEqualTo("184127645108946");
        }

        @Test
        void a_key_below_ten_written_with_a_leading_zero() {
            // 2690199123445 mod 97 = 88, key = 09
            assertThat(Nir.of("2690199123445").value()).isEqualTo("269019912344509");
            assertThat(Nir.parse("269019912344509").isOk()).isTrue();
        }

        @Test
        void spaces_as_printed_on_a_carte_vitale() {
            assertThat(Nir.of("1 84 12 76 451 089 46")).isEqualTo(Nir.of("184127645108946"));
        }

        @Test
        void a_birth_in_corse_du_sud_computing_the_key_with_2A_read_as_19() {
            assertThat(Nir.of("185052A004123").value()).isEqualTo("185052A00412356");
            assertThat(Nir.parse("1 85 05 2a 004 123 56")).isEqualTo(Result.ok(new Nir("185052A00412356")));
        }

        @Test
        void a_birth_in_haute_corse_computing_the_key_with_2B_read_as_18() {
            assertThat(Nir.of("285052B004123").value()).isEqualTo("285052B00412333");
        }
    }

    @Nested
    class Refuses {
        @Test
        void a_wrong_key() {
            assertThat(Nir.parse("184127645108947")).isEqualTo(Result.refused(WRONG_KEY));
        }

        @Test
        void a_corsican_number_with_the_key_of_the_other_corsican_departement() {
            assertThat(Nir.parse("185052B00412356")).isEqualTo(Result.refused(WRONG_KEY));
        }

        @ParameterizedTest
        @ValueSource(strings = {"184127645108", "18412764510894", "1841276451089466", "1841276451O89",
                "18412764510894X", "185052C004123", "1850A2A004123", "18412-76451089"})
        void bad_lengths_and_letters(String typed) {
            assertThat(Nir.parse(typed)).isEqualTo(Result.refused(new Refusal("nir.format_invalide",
                    "Le NIR doit comporter 13 caractères, ou 15 avec la clé : des chiffres, "
                            + "et 2A ou 2B pour un département de naissance en Corse.")));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void nothing(String typed) {
            assertThat(Nir.parse(typed)).isEqualTo(Result.refused(new Refusal("nir.obligatoire",
                    "Le NIR (numéro de sécurité sociale) est obligatoire.")));
        }

        @Test
        void to_be_built_invalid_without_revealing_the_number() {
            assertThatThrownBy(() -> new Nir("184127645108947"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageNotContaining("1841276451089");
            assertThatThrownBy(() -> Nir.of("12")).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void its_text_form_masks_everything_after_the_month_of_birth() {
        Nir nir = Nir.of("184127645108946");
        assertThat(nir).hasToString("1 84 12 ** *** *** **");
        assertThat(String.valueOf(List.of(nir))).doesNotContain("76451", "089", "46]");
    }
}
