package fr.portailpartenaires.domain.password;

import fr.portailpartenaires.domain.shared.Refusal;

/** Refusals shared by several password policies. */
final class PasswordRefusals {

    static final Refusal MANDATORY = Refusal.of("mot_de_passe.obligatoire", "Le mot de passe est obligatoire.");
    static final Refusal MISSING_DIGIT =
            Refusal.of("mot_de_passe.chiffre_manquant", "Le mot de passe doit comporter au moins un chiffre.");
    static final Refusal TOO_LONG = Refusal.of("mot_de_passe.longueur_maximale",
            "Le mot de passe ne doit pas dépasser " + PasswordPolicy.MAX_LENGTH + " caractères.");

    private PasswordRefusals() {
    }
}
