package fr.portailpartenaires.application.shared;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The server-side sessions, keyed by a SHA-256 hash of their id: a copy of the store does not
 * give anyone a live session.
 */
public interface SessionStore {

    /** Keeps the state of a new session under the hash of its id. */
    void save(String idHash, SessionState session);

    Optional<SessionState> find(String idHash);

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
}
