package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a server-side session holds, the same in the browser's {@link Session} (under its secret id) and in the
 * {@link SessionStore} (under the hash of that id).
 *
 * @param subject            the user's identifier
 * @param subjectKind        what kind of user it is
 * @param scope              the partner id of a partner user, the caisse code of a caisse administrator
 * @param mustChangePassword true after a login with a temporary password: nothing else is allowed until it is changed
 * @param csrfToken          the token every state-changing request of this session must carry
 * @param createdAt          the login (the absolute lifetime counts from it)
 * @param lastSeenAt         the last recorded activity (the inactivity timeout counts from it)
 * @param selectedConvention the convention a partner user chose to work on, if they chose one
 * @param mustAcceptRules    true until the user accepts the usage rules in force (CAF profile): nothing else is allowed
 */
public record SessionState(String subject, SubjectKind subjectKind, String scope, boolean mustChangePassword,
        String csrfToken, Instant createdAt, Instant lastSeenAt, Optional<UUID> selectedConvention,
        boolean mustAcceptRules) {

    public SessionState {
        Components.required(SessionState.class, subject, subjectKind, scope, mustChangePassword, csrfToken, createdAt,
                lastSeenAt, selectedConvention, mustAcceptRules);
    }

    /** The state of a session just opened at {@code now}: no convention selected yet. */
    public static SessionState opened(String subject, SubjectKind subjectKind, String scope, boolean mustChangePassword,
            boolean mustAcceptRules, String csrfToken, Instant now) {
        return new SessionState(subject, subjectKind, scope, mustChangePassword, csrfToken, now, now, Optional.empty(),
                mustAcceptRules);
    }

    /** The same state, its activity recorded at {@code lastSeenAt}. */
    public SessionState withLastSeenAt(Instant lastSeenAt) {
        return new SessionState(subject, subjectKind, scope, mustChangePassword, csrfToken, createdAt, lastSeenAt,
                selectedConvention, mustAcceptRules);
    }

    /** True when the token sent with a request is this session's CSRF token (compared in constant time). */
    public boolean acceptsCsrfToken(String token) {
        return token != null && MessageDigest.isEqual(
                csrfToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** Never prints the CSRF token, so a session can be logged. */
    @Override
    public String toString() {
        return "SessionState[subject=" + subject + ", subjectKind=" + subjectKind + ", scope=" + scope
                + ", mustChangePassword=" + mustChangePassword + ", mustAcceptRules=" + mustAcceptRules
                + ", createdAt=" + createdAt + ", lastSeenAt=" + lastSeenAt
                + ", selectedConvention=" + selectedConvention + "]";
    }
}
