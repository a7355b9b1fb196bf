package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Login, sessions, logout and password change (spec §2.2, §2.3). */
@UseCase
public interface Authenticate {

    /**
     * Opens a session. An unknown login and a wrong password get the same answer, in the same time.
     * After a temporary password, the session may only change the password.
     */
    default Outcome<LoggedIn> login(String login, String password, String sourceAddress) {
        return login(login, password, sourceAddress, Optional.empty());
    }

    /**
     * Opens a session from a browser that may hold a device cookie of the account ({@link LoggedIn#deviceCookie()},
     * issue 19): such a browser is not held by the locks strangers cause.
     */
    Outcome<LoggedIn> login(String login, String password, String sourceAddress, Optional<String> deviceCookie);

    /** The principal of a live session (idle and absolute timeouts applied), or empty. */
    Optional<Principal> resolve(String sessionId);

    /** Destroys the session. */
    void logout(Principal principal, String sourceAddress);

    /**
     * Changes the caller's password (current one required, typed twice). Every other session of the
     * user ends; the caller's own session goes on under a new id.
     */
    Outcome<LoggedIn> changePassword(Principal principal, String currentPassword, String newPassword,
            String confirmation, String sourceAddress);

    /**
     * @param previousLoginAt    the previous successful login, shown after login (CAF seed); empty in the answer to a
     *                           password change, which is not a login
     * @param mustChangePassword true after a temporary password: nothing else is allowed before the change
     * @param usageRulesToAccept the version of the usage rules the user must accept before anything else (CAF
     *                           profile, spec §2.2); empty when there is nothing to accept
     * @param deviceCookie       the device cookie the browser keeps for this account (issue 19), after a login
     */
    record LoggedIn(String sessionId, String csrfToken, String login, Principal.Kind kind, boolean mustChangePassword,
            Optional<Instant> previousLoginAt, Optional<String> usageRulesToAccept, Optional<String> deviceCookie) {

        private static final DateTimeFormatter PARIS_DATE_TIME = DateTimeFormatter
                .ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE).withZone(BusinessTime.ZONE);

        public LoggedIn {
            Objects.requireNonNull(previousLoginAt, "previousLoginAt");
            Objects.requireNonNull(usageRulesToAccept, "usageRulesToAccept");
            Objects.requireNonNull(deviceCookie, "deviceCookie");
        }

        /** An answer that gives no device cookie (a password change, which is not a login). */
        public LoggedIn(String sessionId, String csrfToken, String login, Principal.Kind kind,
                boolean mustChangePassword, Optional<Instant> previousLoginAt, Optional<String> usageRulesToAccept) {
            this(sessionId, csrfToken, login, kind, mustChangePassword, previousLoginAt, usageRulesToAccept,
                    Optional.empty());
        }

        /** An answer with no usage rules to accept. */
        public LoggedIn(String sessionId, String csrfToken, String login, Principal.Kind kind,
                boolean mustChangePassword, Optional<Instant> previousLoginAt) {
            this(sessionId, csrfToken, login, kind, mustChangePassword, previousLoginAt, Optional.empty());
        }

        public boolean mustAcceptRules() {
            return usageRulesToAccept.isPresent();
        }

        /**
         * "Votre dernière connexion à ce service date du 03/03/2025 à 10:15." in Paris time (CAF seed),
         * when there was a previous login.
         */
        public Optional<String> previousLoginMessage() {
            return previousLoginAt.map(at -> "Votre dernière connexion à ce service date du "
                    + PARIS_DATE_TIME.format(at) + ".");
        }

        @Override
        public String toString() {
            return "LoggedIn[login=" + login + ", kind=" + kind + ", mustChangePassword=" + mustChangePassword
                    + ", usageRulesToAccept=" + usageRulesToAccept + "]";
        }
    }
}
