package fr.portailpartenaires.application.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The server-side sessions, keyed by a SHA-256 hash of their id: a copy of the store does not
 * give anyone a live session.
 */
public interface SessionStore {

    void save(StoredSession session);

    Optional<StoredSession> find(String idHash);

    /** Records activity; unknown hashes are ignored. */
    void touch(String idHash, Instant lastSeenAt);

    /**
     * Records the convention the session's user chose to work on; true when the session was there. The caller
     * has checked that the convention is one the user may select.
     */
    boolean selectConvention(String idHash, UUID convention);

    /** Deletes the session; true when it was there (of two concurrent deletes, one gets true). */
    boolean delete(String idHash);

    /** Deletes every session of the subject; answers how many. */
    int deleteAllFor(SubjectKind subjectKind, String subject);

    /** Sets the flag on every session of the subject; answers how many. */
    int updateMustChangePassword(SubjectKind subjectKind, String subject, boolean mustChangePassword);

    /** Sets the usage-rules flag on every session of the subject; answers how many. */
    int updateMustAcceptRules(SubjectKind subjectKind, String subject, boolean mustAcceptRules);

    /**
     * Deletes every session last seen at or before {@code lastSeenAtOrBefore} or created at or
     * before {@code createdAtOrBefore}; answers how many.
     */
    int purge(Instant lastSeenAtOrBefore, Instant createdAtOrBefore);

    /** A session as stored: {@link Session} with the hash of its id instead of the id. */
    record StoredSession(String idHash, String subject, SubjectKind subjectKind, String scope,
            boolean mustChangePassword, String csrfToken, Instant createdAt, Instant lastSeenAt,
            Optional<UUID> selectedConvention, boolean mustAcceptRules) {

        public StoredSession {
            Objects.requireNonNull(idHash, "idHash");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(subjectKind, "subjectKind");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(csrfToken, "csrfToken");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(lastSeenAt, "lastSeenAt");
            Objects.requireNonNull(selectedConvention, "selectedConvention");
        }

        /** A stored session without usage rules to accept and with no convention selected. */
        public StoredSession(String idHash, String subject, SubjectKind subjectKind, String scope,
                boolean mustChangePassword, String csrfToken, Instant createdAt, Instant lastSeenAt) {
            this(idHash, subject, subjectKind, scope, mustChangePassword, csrfToken, createdAt, lastSeenAt,
                    Optional.empty(), false);
        }

        /** A stored session without usage rules to accept. */
        public StoredSession(String idHash, String subject, SubjectKind subjectKind, String scope,
                boolean mustChangePassword, String csrfToken, Instant createdAt, Instant lastSeenAt,
                Optional<UUID> selectedConvention) {
            this(idHash, subject, subjectKind, scope, mustChangePassword, csrfToken, createdAt, lastSeenAt,
                    selectedConvention, false);
        }

        /** A stored session with no convention selected. */
        public StoredSession(String idHash, String subject, SubjectKind subjectKind, String scope,
                boolean mustChangePassword, String csrfToken, Instant createdAt, Instant lastSeenAt,
                boolean mustAcceptRules) {
            this(idHash, subject, subjectKind, scope, mustChangePassword, csrfToken, createdAt, lastSeenAt,
                    Optional.empty(), mustAcceptRules);
        }
    }
}
