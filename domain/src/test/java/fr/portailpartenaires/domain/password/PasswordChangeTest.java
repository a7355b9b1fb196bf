package fr.portailpartenaires.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.shared.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordChangeTest {

    private static final PasswordPolicy PPAS = PasswordPolicy.ppas();

    private static List<String> codes(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::code).toList();
    }

    @Test
    void a_valid_change_has_no_violation() {
        assertThat(PasswordChange.validate(PPAS, "Alex7", "Tmp4x9Kq2pZ", "Grizzi2025", "Grizzi2025")).isEmpty();
    }

    @Test
    void the_new_password_must_differ_from_the_current_one() {
        assertThat(PasswordChange.validate(PPAS, "Alex7", "Grizzi2025", "Grizzi2025", "Grizzi2025")).containsExactly(
                new Refusal("mot_de_passe.identique_ancien", "Le nouveau mot de passe doit être différent de l'ancien."));
    }

    @Test
    void the_confirmation_must_match() {
        assertThat(PasswordChange.validate(PPAS, "Alex7", "Tmp4x9Kq2pZ", "Grizzi2025", "grizzi2025")).containsExactly(
                new Refusal("mot_de_passe.confirmation_differente", "Les deux mots de passe saisis ne sont pas identiques."));
    }

    @Test
    void every_field_is_required() {
        assertThat(PasswordChange.validate(PPAS, "Alex7", "", null, null)).containsExactly(
                new Refusal("mot_de_passe.actuel_obligatoire", "L'ancien mot de passe est obligatoire."),
                new Refusal("mot_de_passe.obligatoire", "Le mot de passe est obligatoire."),
                new Refusal("mot_de_passe.confirmation_obligatoire", "La confirmation du nouveau mot de passe est obligatoire."));
    }

    @Test
    void reports_the_policy_violations_together_with_the_form_ones() {
        assertThat(codes(PasswordChange.validate(PPAS, "Alex7", null, "éé", "ee"))).containsExactly(
                "mot_de_passe.actuel_obligatoire", "mot_de_passe.longueur", "mot_de_passe.accent",
                "mot_de_passe.chiffre_manquant", "mot_de_passe.confirmation_differente");
    }

    @Test
    void the_policy_sees_the_login() {
        PasswordPolicy recommended = PasswordPolicy.recommended(PasswordBlocklist.bundled());
        assertThat(codes(PasswordChange.validate(recommended, "Alex7", "old", "alex7-en-vacances", "alex7-en-vacances")))
                .containsExactly("mot_de_passe.contient_identifiant");
    }
}
