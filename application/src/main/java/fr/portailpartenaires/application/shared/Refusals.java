package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Refusal;

/**
 * The refusals several features give, in one place (the spec's French texts). A refusal given by one
 * feature only stays beside its service.
 */
public final class Refusals {

    /** A use case of partner users called by someone else (a caisse administrator). */
    public static final Refusal PARTNER_USERS_ONLY = Refusal.of("partenaire.reserve_utilisateurs",
            "Cette page est réservée aux utilisateurs d'un partenaire.");

    private Refusals() {
    }
}
