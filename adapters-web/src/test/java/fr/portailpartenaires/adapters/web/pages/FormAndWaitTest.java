package fr.portailpartenaires.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormAndWaitTest {

    @Nested
    class The_error_summary {

        @Test
        void lists_errors_in_the_order_of_the_fields_then_those_no_field_shows_without_a_link() {
            Form form = Form.empty("login", "motDePasse").withErrors(Map.of(
                    "formulaire", List.of("Le formulaire est vide."),
                    "motDePasse", List.of("Le mot de passe est obligatoire."),
                    "login", List.of("L'identifiant est obligatoire.")));
            assertThat(form.summary()).containsExactly(
                    new Form.Error("login", "L'identifiant est obligatoire."),
                    new Form.Error("motDePasse", "Le mot de passe est obligatoire."),
                    new Form.Error("", "Le formulaire est vide."));
            assertThat(form.summary().get(2).linked()).isFalse();
        }

        @Test
        void ties_a_field_to_its_hint_and_its_error() {
            Form form = Form.empty("login").withError("login", "L'identifiant est obligatoire.");
            assertThat(form.describedBy("login", true)).isEqualTo("login-hint login-error");
            assertThat(form.describedBy("motDePasse", false)).isNull();
        }
    }

    @Test
    void the_wait_of_a_429_page_is_said_in_whole_seconds_or_minutes_rounded_up() {
        assertThat(Pages.waitText(Duration.ofMillis(200))).isEqualTo("Réessayez dans 1 seconde.");
        assertThat(Pages.waitText(Duration.ofSeconds(42))).isEqualTo("Réessayez dans 42 secondes.");
        assertThat(Pages.waitText(Duration.ofSeconds(61))).isEqualTo("Réessayez dans 2 minutes.");
    }

    @Test
    void a_site_shows_the_operator_s_name_and_a_colour_written_rrggbb() {
        assertThat(Site.of(Site.Profile.CAF).name()).isEqualTo("Mon Compte Partenaire");
        assertThatThrownBy(() -> new Site(Site.Profile.PPAS, "Ma caisse", "red"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
