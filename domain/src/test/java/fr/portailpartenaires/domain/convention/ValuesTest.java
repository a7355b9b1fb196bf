package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @Nested
    class A_convention_code {
        @Test
        void is_the_six_digits_given_by_the_caisse() {
            assertThat(ConventionCode.parse(" 757300 ")).isEqualTo(Result.ok(new ConventionCode("757300")));
            assertThat(ConventionCode.of("757300")).hasToString("757300");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void is_mandatory(String raw) {
            assertThat(ConventionCode.parse(raw))
                    .isEqualTo(Result.refused(new Refusal("convention.code_obligatoire", "Le code convention est obligatoire.")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"757300", "62739900", "CL19720812", "FP62757300", "9059003C", "7573", "ABCDEF123456"})
        void accepts_the_codes_the_caisses_write_from_4_to_12_letters_and_digits(String raw) {
            assertThat(ConventionCode.parse(raw)).isEqualTo(Result.ok(new ConventionCode(raw)));
        }

        @Test
        void is_kept_upper_case_and_trimmed() {
            assertThat(ConventionCode.parse("  fp62757300 ")).isEqualTo(Result.ok(new ConventionCode("FP62757300")));
            assertThat(ConventionCode.parse("cl19720812").orElseThrow().value()).isEqualTo("CL19720812");
        }

        @ParameterizedTest
        @ValueSource(strings = {"757", "ABCDEF1234567", "757 300", "757-300", "FP.6275", "75730é", "٧٥٧٣٠٠", "CL_1972"})
        void refuses_anything_but_4_to_12_letters_and_digits(String raw) {
            assertThat(ConventionCode.parse(raw)).isEqualTo(Result.refused(new Refusal("convention.code_invalide",
                    "Le code convention comporte de 4 à 12 lettres et chiffres, sans espace ni tiret (par exemple 757300 ou FP62757300).")));
        }

        @Test
        void cannot_be_built_invalid() {
            assertThatThrownBy(() -> new ConventionCode("123")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new ConventionCode("fp62757300")).isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    class A_motif {
        @Test
        void is_trimmed_free_text() {
            assertThat(Motif.of("  Le SIRET ne correspond pas.  ").value()).isEqualTo("Le SIRET ne correspond pas.");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" \t "})
        void is_mandatory(String raw) {
            assertThat(Motif.parse(raw)).isEqualTo(Result.refused(new Refusal("motif.obligatoire", "Le motif est obligatoire.")));
        }

        @Test
        void holds_at_most_500_characters() {
            assertThat(Motif.parse("é".repeat(500)).isOk()).isTrue();
            assertThat(Motif.parse("é".repeat(501)))
                    .isEqualTo(Result.refused(new Refusal("motif.trop_long", "Le motif ne doit pas dépasser 500 caractères.")));
        }

        @Test
        void refuses_the_euro_sign() {
            assertThat(Motif.parse("Reste 20 € à régler"))
                    .isEqualTo(Result.refused(new Refusal("motif.signe_euro", "Ne pas saisir le signe € dans le motif.")));
        }

        @Test
        void cannot_be_built_invalid() {
            assertThatThrownBy(() -> new Motif(" ")).isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    class A_cgu_acceptance {
        @Test
        void records_a_trimmed_version() {
            Instant at = Instant.parse("2025-03-01T08:58:00Z");
            assertThat(new CguAcceptance(" 2025-01 ", at)).isEqualTo(new CguAcceptance("2025-01", at));
        }

        @Test
        void needs_a_version() {
            assertThatThrownBy(() -> new CguAcceptance(" ", Instant.EPOCH))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("La version des conditions générales d'utilisation est obligatoire.");
        }
    }
}
