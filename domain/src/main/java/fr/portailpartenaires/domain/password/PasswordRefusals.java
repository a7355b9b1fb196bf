package fr.portailpartenaires.domain.password;

import fr.portailpartenaires.domain.shared.Refusal;

/** Refusals shared by several password policies. */
final class PasswordRefusals {

    static final Refusal MANDATORY = Refusal.of("mot_de_passe.obligatoire");
    static final Refusal MISSING_DIGIT = Refusal.of("mot_de_passe.chiffre_manquant");
    static final Refusal TOO_LONG = Refusal.of("mot_de_passe.longueur_maximale", PasswordPolicy.MAX_LENGTH);

    private PasswordRefusals() {
    }
}
