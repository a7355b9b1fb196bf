package fr.portailpartenaires.domain.user;

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

class LoginTest {

    @Nested
    class Accepts {
        @ParameterizedTest
        @ValueSource(strings = {"Alex7", "Martin37", "Solange778", "ENF01302SM", "abc", "A23456789012345678901234567890"})
        void the_seed_logins_and_any_3_to_30_ascii_letters_and_digits(String typed) {
            assertThat(Login.parse(typed)).isEqualTo(Result.ok(new Login(typed)));
        }

        @Test
        void a_login_trimmed_with_its_case_preserved() {
            assertThat(Login.of("  Alex7 ").value()).isEqualTo("Alex7");
        }
    }

    @Test
    void compares_case_insensitively_through_its_key_only() {
        assertThat(Login.of("Alex7").key()).isEqualTo("alex7").isEqualTo(Login.of("ALEX7").key());
        assertThat(Login.of("Alex7")).isNotEqualTo(Login.of("ALEX7"));
    }

    @Nested
    class Refuses {
        @ParameterizedTest
        @ValueSource(strings = {"Hélène7", "Alex 7", "Alex-7", "o'neil", "alex_7", "alex.7", "alex@7", "Çava1"})
        void accents_spaces_and_special_characters(String typed) {
            assertThat(Login.parse(typed)).isEqualTo(Result.refused(new Refusal("login.caracteres_invalides",
                    "L'identifiant ne doit contenir que des lettres sans accent et des chiffres "
                            + "(ni espace, ni apostrophe, ni autre caractère spécial).")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"A7", "A234567890123456789012345678901"})
        void fewer_than_3_or_more_than_30_characters(String typed) {
            assertThat(Login.parse(typed)).isEqualTo(Result.refused(new Refusal("login.longueur_invalide",
                    "L'identifiant doit comporter de 3 à 30 caractères.")));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void nothing(String typed) {
            assertThat(Login.parse(typed)).isEqualTo(Result.refused(new Refusal("login.obligatoire", "L'identifiant est obligatoire.")));
        }

        @Test
        void to_be_built_invalid() {
            assertThatThrownBy(() -> new Login(" Alex7")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> Login.of("é")).isInstanceOf(InvalidValueException.class);
        }
    }
}
