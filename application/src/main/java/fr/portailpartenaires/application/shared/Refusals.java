package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Refusal;

/**
 * The refusals several features give, in one place (the spec's French texts). A refusal given by one
 * feature only stays beside its service.
 */
public final class Refusals {

    /** A use case of partner users called by someone else (a caisse administrator). */
    public static final Refusal PARTNER_USERS_ONLY = Refusal.of("partenaire.reserve_utilisateurs");

    /** A captcha answer that does not match (registration, forgotten password, contact). */
    public static final Refusal CAPTCHA_WRONG = Refusal.of("captcha.incorrect");

    /** No captcha answer (a constant: the forms' {@code @NotBlank} carry it). */
    public static final String CAPTCHA_MISSING = "Recopiez le code de sécurité affiché dans l'image.";

    /** A login someone already has, or a pending registration already asks for. */
    public static final Refusal LOGIN_TAKEN = Refusal.of("login.deja_utilise");

    private Refusals() {
    }
}
