package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.account.Authenticate;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import java.util.Optional;

/**
 * Test support: sessions of a server where nobody is logged in (no session cookie resolves), or where every session
 * cookie is one user's ({@link #sessionsOf}).
 */
public final class Anonymous {

    private Anonymous() {
    }

    public static SessionCookie sessions() {
        return sessions(Optional.empty());
    }

    /** Sessions where any session cookie resolves to this user. */
    public static SessionCookie sessionsOf(Principal user) {
        return sessions(Optional.of(user));
    }

    private static SessionCookie sessions(Optional<Principal> everyone) {
        return new SessionCookie(new Authenticate() {
            @Override
            public Outcome<LoggedIn> login(String login, String password, String sourceAddress,
                    Optional<String> deviceCookie) {
                throw new UnsupportedOperationException("no login in this test");
            }

            @Override
            public Optional<Principal> resolve(String sessionId) {
                return everyone;
            }

            @Override
            public Outcome<LoggedIn> changePassword(Principal principal, String currentPassword, String newPassword,
                    String confirmation, String sourceAddress) {
                throw new UnsupportedOperationException("no password change in this test");
            }

            @Override
            public void logout(Principal principal, String sourceAddress) {
                throw new UnsupportedOperationException("no logout in this test");
            }
        });
    }
}
