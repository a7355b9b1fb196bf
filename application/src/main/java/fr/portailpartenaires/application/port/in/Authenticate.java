package fr.portailpartenaires.application.port.in;

import java.time.Instant;
import java.util.Optional;

/** Login, sessions, logout and password change (spec §2.2, §2.3). */
public interface Authenticate {

    String BAD_CREDENTIALS = "Identifiant ou mot de passe incorrect.";

    /**
     * Opens a session. An unknown login and a wrong password get the same answer, in the same time.
     * After a temporary password, the session may only change the password.
     */
    Outcome<LoggedIn> login(String login, String password, String sourceAddress);

    /** The principal of a live session (idle and absolute timeouts applied), or empty. */
    Optional<Principal> resolve(String sessionId);

    /** Destroys the session. */
    void logout(Principal principal, String sourceAddress);

    /** Changes the caller's password (current one required, typed twice); the session gets a new id. */
    Outcome<LoggedIn> changePassword(Principal principal, String currentPassword, String newPassword,
            String confirmation, String sourceAddress);

    /**
     * @param previousLoginAt    the previous successful login, shown after login (CAF seed); empty in the answer to a
     *                           password change, which is not a login
     * @param mustChangePassword true after a temporary password: nothing else is allowed before the change
     */
    record LoggedIn(String sessionId, String csrfToken, String login, Principal.Kind kind, boolean mustChangePassword,
            Optional<Instant> previousLoginAt) {

        @Override
        public String toString() {
            return "LoggedIn[login=" + login + ", kind=" + kind + ", mustChangePassword=" + mustChangePassword + "]";
        }
    }
}
