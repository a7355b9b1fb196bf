package fr.portailpartenaires.domain.user;

import fr.portailpartenaires.domain.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Result;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @Nested
    class A_last_name {
        @ParameterizedTest
        @ValueSource(strings = {"GRIZZI", "MARTIN", "Le Goff", "D'Artagnan", "N’Diaye", "Bruet-Lefèvre", "Ñúñez"})
        void accepts_letters_with_accents_spaces_hyphens_and_apostrophes(String typed) {
            assertThat(LastName.parse(typed)).isEqualTo(Result.ok(new LastName(typed)));
        }

        @Test
        void is_trimmed() {
            assertThat(LastName.of("  SOLEIL ").value()).isEqualTo("SOLEIL");
        }

        @ParameterizedTest
        @ValueSource(strings = {"MARTIN2", "-MARTIN", "'Martin", "Martin!", "Mar_tin"})
        void refuses_digits_and_other_characters(String typed) {
            assertThat(LastName.parse(typed)).isEqualTo(Result.refused(new Refusal("nom.caracteres_invalides",
                    "Le nom ne peut contenir que des lettres, des espaces, des traits d'union et des apostrophes.")));
        }

        @Test
        void refuses_more_than_50_characters() {
            assertThat(LastName.parse("A".repeat(50)).isOk()).isTrue();
            assertThat(LastName.parse("A".repeat(51))).isEqualTo(Result.refused(new Refusal("nom.trop_long",
                    "Le nom ne doit pas dépasser 50 caractères.")));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void is_mandatory(String typed) {
            assertThat(LastName.parse(typed)).isEqualTo(Result.refused(new Refusal("nom.obligatoire", "Le nom est obligatoire.")));
        }

        @Test
        void cannot_be_built_invalid() {
            assertThatThrownBy(() -> new LastName("MARTIN ")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> LastName.of("")).isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    class A_first_name {
        @ParameterizedTest
        @ValueSource(strings = {"Alexandre", "Mikael", "Stéphane", "Jean-Pierre", "Marie Hélène"})
        void accepts_the_seed_first_names(String typed) {
            assertThat(FirstName.parse(typed)).isEqualTo(Result.ok(new FirstName(typed)));
        }

        @Test
        void speaks_of_a_first_name_in_its_refusals() {
            assertThat(FirstName.parse(" ")).isEqualTo(Result.refused(new Refusal("prenom.obligatoire", "Le prénom est obligatoire.")));
            assertThat(FirstName.parse("Solange2")).isEqualTo(Result.refused(new Refusal("prenom.caracteres_invalides",
                    "Le prénom ne peut contenir que des lettres, des espaces, des traits d'union et des apostrophes.")));
            assertThat(FirstName.parse("S".repeat(51)).isOk()).isFalse();
        }

        @Test
        void cannot_be_built_invalid() {
            assertThatThrownBy(() -> new FirstName("")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> FirstName.of("7")).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void a_user_id_wraps_a_uuid_and_can_be_drawn_at_random() {
        UUID uuid = UUID.fromString("6f1c2a8e-1f0b-4a51-9a6c-0c7f3a5d2e11");
        assertThat(new UserId(uuid).value()).isEqualTo(uuid);
        assertThat(UserId.random()).isNotEqualTo(UserId.random());
        assertThatThrownBy(() -> new UserId(null)).isInstanceOf(NullPointerException.class);
    }
}
