package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;

/**
 * A live server-side session, as handed to the web adapter: the raw {@code id} goes into the session cookie and
 * exists nowhere else (the store keeps its {@code state} under the id's hash only).
 *
 * @param id    the secret session identifier (≥ 256 random bits, base64url)
 * @param state who the session is for and what it allows
 */
public record Session(String id, SessionState state) {

    public Session {
        Components.required(Session.class, id, state);
    }

    /** Never prints the secrets (the id and the CSRF token), so a session can be logged. */
    @Override
    public String toString() {
        return "Session[" + state + "]";
    }
}
