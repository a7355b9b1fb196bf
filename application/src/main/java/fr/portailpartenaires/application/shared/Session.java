package fr.portailpartenaires.application.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A live server-side session, as handed to the web adapter: the raw {@code id} goes into the
 * session cookie and exists nowhere else (the store keeps only its hash).
 *
 * @param id                 the secret session identifier (≥ 256 random bits, base64url)
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
public record Session(String id, String subject, SubjectKind subjectKind, String scope,
        boolean mustChangePassword, String csrfToken, Instant createdAt, Instant lastSeenAt,
        Optional<UUID> selectedConvention, boolean mustAcceptRules) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(selectedConvention, "selectedConvention");
    }

    /** A session without usage rules to accept and with no convention selected. */
    public Session(String id, String subject, SubjectKind subjectKind, String scope, boolean mustChangePassword,
            String csrfToken, Instant createdAt, Instant lastSeenAt) {
        this(id, subject, subjectKind, scope, mustChangePassword, csrfToken, createdAt, lastSeenAt, Optional.empty(), false);
    }

    /** A session without usage rules to accept. */
    public Session(String id, String subject, SubjectKind subjectKind, String scope, boolean mustChangePassword,
            String csrfToken, Instant createdAt, Instant lastSeenAt, Optional<UUID> selectedConvention) {
        this(id, subject, subjectKind, scope, mustChangePassword, csrfToken, createdAt, lastSeenAt, selectedConvention,
                false);
    }

    /** A session with no convention selected. */
    public Session(String id, String subject, SubjectKind subjectKind, String scope, boolean mustChangePassword,
            String csrfToken, Instant createdAt, Instant lastSeenAt, boolean mustAcceptRules) {
        this(id, subject, subjectKind, scope, mustChangePassword, csrfToken, createdAt, lastSeenAt, Optional.empty(),
                mustAcceptRules);
    }

    /** True when the token sent with a request is this session's CSRF token (compared in constant time). */
    public boolean acceptsCsrfToken(String token) {
        return token != null && MessageDigest.isEqual(
                csrfToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** Never prints the secrets (the id and the CSRF token), so a session can be logged. */
    @Override
    public String toString() {
        return "Session[subject=" + subject + ", subjectKind=" + subjectKind + ", scope=" + scope
                + ", mustChangePassword=" + mustChangePassword + ", mustAcceptRules=" + mustAcceptRules
                + ", createdAt=" + createdAt + ", lastSeenAt=" + lastSeenAt
                + ", selectedConvention=" + selectedConvention + "]";
    }
}
