package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    private static final Refusal WRONG_FORMAT = new Refusal("email.format_invalide",
            "L'adresse e-mail n'est pas valide (format attendu : nom@domaine.fr).");

    @Nested
    class Accepts {
        @ParameterizedTest
        @ValueSource(strings = {"martin37@fr.fr", "solange778@fr.fr", "prenom.nom+portail@caf.fr", "a@b.co",
                "x@sous-domaine.exemple.fr"})
        void pragmatic_valid_addresses(String typed) {
            assertThat(EmailAddress.parse(typed).isOk()).isTrue();
        }

        @Test
        void an_address_trimmed_with_its_case_preserved() {
            EmailAddress email = EmailAddress.of("  Alexandre52@Fr.fr ");
            assertThat(email.value()).isEqualTo("Alexandre52@Fr.fr");
            assertThat(email.normalized()).isEqualTo("alexandre52@fr.fr");
        }

        @Test
        void exactly_254_characters() {
            String address = "a".repeat(64) + "@" + "b".repeat(183) + ".fr.fr";
            assertThat(address).hasSize(254);
            assertThat(EmailAddress.parse(address).isOk()).isTrue();
        }
    }

    @Nested
    class Refuses {
        @ParameterizedTest
        @ValueSource(strings = {"martin37", "martin37@", "@fr.fr", "martin37@fr", "martin@37@fr.fr", "martin 37@fr.fr",
                "martin37@fr..fr", "martin37@.fr", "martin37@fr.", "martin37@-fr.fr", "martin37@fr-.fr"})
        void syntactically_invalid_addresses(String typed) {
            assertThat(EmailAddress.parse(typed)).isEqualTo(Result.refused(WRONG_FORMAT));
        }

        @Test
        void a_local_part_over_64_characters() {
            assertThat(EmailAddress.parse("a".repeat(65) + "@fr.fr")).isEqualTo(Result.refused(WRONG_FORMAT));
        }

        @Test
        void more_than_254_characters() {
            assertThat(EmailAddress.parse("a@" + "b".repeat(250) + ".fr")).isEqualTo(Result.refused(new Refusal("email.trop_longue",
                    "L'adresse e-mail ne doit pas dépasser 254 caractères.")));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void nothing(String typed) {
            assertThat(EmailAddress.parse(typed)).isEqualTo(Result.refused(new Refusal("email.obligatoire",
                    "L'adresse e-mail est obligatoire.")));
        }

        @Test
        void to_be_built_invalid() {
            assertThatThrownBy(() -> new EmailAddress(" a@b.fr")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> EmailAddress.of("nope")).isInstanceOf(InvalidValueException.class);
        }
    }
}
