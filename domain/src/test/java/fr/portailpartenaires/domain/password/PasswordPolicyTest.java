package fr.portailpartenaires.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.shared.Refusal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final Refusal MANDATORY = new Refusal("mot_de_passe.obligatoire", "Le mot de passe est obligatoire.");

    private static List<String> codes(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::code).toList();
    }

    @Nested
    class The_ppas_policy {
        private final PasswordPolicy ppas = PasswordPolicy.ppas();

        @ParameterizedTest
        @ValueSource(strings = {"Martin37", "abcdefg1", "ABCDEFGHIJ12", "12345678a", "00000000"})
        void accepts_8_to_12_plain_letters_and_digits_with_a_digit(String password) {
            assertThat(ppas.check(password, "Alex7")).isEmpty();
        }

        @Test
        void reports_the_length_in_french() {
            assertThat(ppas.check("abc1", "Alex7")).containsExactly(
                    new Refusal("mot_de_passe.longueur", "Le mot de passe doit comporter entre 8 et 12 caractères."));
            assertThat(codes(ppas.check("abcdefghijk12", "Alex7"))).containsExactly("mot_de_passe.longueur");
        }

        @Test
        void refuses_accents_including_combining_ones() {
            assertThat(ppas.check("été2024abc", "x")).containsExactly(
                    new Refusal("mot_de_passe.accent", "Le mot de passe ne doit pas comporter de lettre accentuée."));
            assertThat(codes(ppas.check("cafe\u0301123", "x"))).containsExactly("mot_de_passe.accent");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abcd 1234", "abcd-1234", "abcd_1234", "p@ssword1", "abcd١٢٣٤5"})
        void refuses_special_characters_and_spaces(String password) {
            assertThat(codes(ppas.check(password, "x"))).containsExactly("mot_de_passe.caractere_special");
        }

        @Test
        void needs_a_digit() {
            assertThat(ppas.check("abcdefgh", "x")).containsExactly(
                    new Refusal("mot_de_passe.chiffre_manquant", "Le mot de passe doit comporter au moins un chiffre."));
        }

        @Test
        void reports_every_violation_at_once() {
            assertThat(codes(ppas.check("é!", "x"))).containsExactly(
                    "mot_de_passe.longueur", "mot_de_passe.accent", "mot_de_passe.caractere_special",
                    "mot_de_passe.chiffre_manquant");
        }

        @ParameterizedTest
        @NullAndEmptySource
        void requires_a_password(String password) {
            assertThat(ppas.check(password, "x")).containsExactly(MANDATORY);
        }
    }

    @Nested
    class The_caf_policy {
        private final PasswordPolicy caf = PasswordPolicy.caf();

        @ParameterizedTest
        @ValueSource(strings = {"Azerty1!", "Mon-Compte-2025", "Été2025!", "P@ssw0rd long phrase"})
        void accepts_8_characters_with_upper_lower_digit_and_special(String password) {
            assertThat(caf.check(password, "ENF01302SM")).isEmpty();
        }

        @Test
        void reports_every_missing_class_in_french() {
            assertThat(caf.check("abc", "x")).containsExactly(
                    new Refusal("mot_de_passe.longueur_minimale", "Le mot de passe doit comporter au moins 8 caractères."),
                    new Refusal("mot_de_passe.majuscule_manquante", "Le mot de passe doit comporter au moins une lettre majuscule."),
                    new Refusal("mot_de_passe.chiffre_manquant", "Le mot de passe doit comporter au moins un chiffre."),
                    new Refusal("mot_de_passe.caractere_special_manquant",
                            "Le mot de passe doit comporter au moins un caractère spécial."));
            assertThat(caf.check("ABCDEFG1!", "x")).containsExactly(new Refusal(
                    "mot_de_passe.minuscule_manquante", "Le mot de passe doit comporter au moins une lettre minuscule."));
        }

        @Test
        void caps_the_length_at_128() {
            assertThat(caf.check("Aa1!" + "x".repeat(124), "x")).isEmpty();
            assertThat(caf.check("Aa1!" + "x".repeat(125), "x")).containsExactly(
                    new Refusal("mot_de_passe.longueur_maximale", "Le mot de passe ne doit pas dépasser 128 caractères."));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void requires_a_password(String password) {
            assertThat(caf.check(password, "x")).containsExactly(MANDATORY);
        }
    }

    @Nested
    class The_recommended_policy {
        private final PasswordPolicy recommended =
                PasswordPolicy.recommended(PasswordBlocklist.of(Set.of("azertyuiop123", "motdepasse123")));

        @ParameterizedTest
        @ValueSource(strings = {"cheval agrafe batterie", "correcthorsebattery", "ÉtéÀLaMerÇaVa", "пароль-надёжный",
            "🐎🔋📎🐴🔋📎🐎🔋📎🐴🔋📎"})
        void accepts_any_character_without_composition_rules(String password) {
            assertThat(recommended.check(password, "Alex7")).isEmpty();
        }

        @Test
        void needs_12_characters_counted_as_code_points() {
            assertThat(recommended.check("abcdefghijk", "x")).containsExactly(
                    new Refusal("mot_de_passe.longueur_minimale", "Le mot de passe doit comporter au moins 12 caractères."));
            assertThat(recommended.check("🐎".repeat(11), "x")).hasSize(1);
            assertThat(recommended.check("🐎".repeat(12), "x")).isEmpty();
        }

        @Test
        void accepts_64_characters_and_more_up_to_128() {
            assertThat(recommended.check("a".repeat(64), "x")).isEmpty();
            assertThat(recommended.check("a".repeat(128), "x")).isEmpty();
            assertThat(codes(recommended.check("a".repeat(129), "x"))).containsExactly("mot_de_passe.longueur_maximale");
        }

        @Test
        void refuses_a_blocklisted_password_whatever_its_case() {
            assertThat(recommended.check("AzertyUIOP123", "x")).containsExactly(new Refusal("mot_de_passe.trop_courant",
                    "Ce mot de passe est trop courant ou a déjà été divulgué : choisissez-en un autre."));
        }

        @Test
        void refuses_a_password_containing_the_login_whatever_its_case() {
            assertThat(recommended.check("mon-ALEX7-a-moi", "Alex7")).containsExactly(new Refusal(
                    "mot_de_passe.contient_identifiant", "Le mot de passe ne doit pas contenir votre identifiant."));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void skips_the_login_rule_without_a_login(String login) {
            assertThat(recommended.check("correct horse battery", login)).isEmpty();
        }

        @Test
        void reports_every_violation_at_once() {
            PasswordPolicy strict = PasswordPolicy.recommended(PasswordBlocklist.of(Set.of("alex7")));
            assertThat(codes(strict.check("ALEX7", "alex7"))).containsExactly(
                    "mot_de_passe.longueur_minimale", "mot_de_passe.trop_courant", "mot_de_passe.contient_identifiant");
        }

        @ParameterizedTest
        @NullAndEmptySource
        void requires_a_password(String password) {
            assertThat(recommended.check(password, "x")).containsExactly(MANDATORY);
        }
    }
}
