package fr.portailpartenaires.application.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Server-side sessions (spec §2.2): a new random id at login and at each privilege change, an end
 * after {@link SessionPolicy#idleTimeout()} of inactivity or {@link SessionPolicy#absoluteLifetime()}
 * of age, explicit logout, and the end of every session of a deleted user. The store keeps a
 * SHA-256 hash of each id, never the id, so a copy of the database opens no session.
 */
public final class LoginSessions {

    /** 256 random bits per id and per CSRF token (43 base64url characters). */
    private static final int RANDOM_BYTES = 32;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SessionStore store;
    private final SessionPolicy policy;
    private final RandomGenerator random;

    /**
     * @param random a {@link java.security.SecureRandom} in production: session ids and CSRF tokens
     *               are secrets
     */
    public LoginSessions(SessionStore store, SessionPolicy policy, RandomGenerator random) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A new session for a user who just logged in, with a new id (never one the browser sent) and
     * a new CSRF token.
     *
     * @param scope the partner id of a partner user, the caisse code of a caisse administrator
     */
    public Session open(SubjectKind subjectKind, String subject, String scope, boolean mustChangePassword, Instant now) {
        return open(subjectKind, subject, scope, mustChangePassword, false, now);
    }

    /**
     * As {@link #open(SubjectKind, String, String, boolean, Instant)}, for a user who must also accept the
     * usage rules before anything else when {@code mustAcceptRules}.
     */
    public Session open(SubjectKind subjectKind, String subject, String scope, boolean mustChangePassword,
            boolean mustAcceptRules, Instant now) {
        return save(SessionState.opened(subject, subjectKind, scope, mustChangePassword, mustAcceptRules,
                randomToken(), now));
    }

    /**
     * The live session of this id, its activity recorded; empty when the id is unknown or the
     * session ended (idle for {@code idleTimeout} or more, or {@code absoluteLifetime} old or more),
     * in which case it is deleted.
     */
    public Optional<Session> resolve(String id, Instant now) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String idHash = Sha256.hex(id);
        Optional<SessionState> found = store.find(idHash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionState stored = found.get();
        if (hasEnded(stored, now)) {
            store.delete(idHash);
            return Optional.empty();
        }
        if (Duration.between(stored.lastSeenAt(), now).compareTo(policy.touchInterval()) > 0) {
            store.touch(idHash, now);
            stored = stored.withLastSeenAt(now);
        }
        return Optional.of(new Session(id, stored));
    }

    /**
     * The same session under a new id (after a password change or any change of rights): the old
     * id stops working at once. Empty when the old id is not a live session.
     */
    public Optional<Session> rotate(String id, Instant now) {
        Optional<Session> live = resolve(id, now);
        if (live.isEmpty() || !store.delete(Sha256.hex(id))) {
            return Optional.empty();
        }
        return Optional.of(save(live.get().state().withLastSeenAt(now)));
    }

    /**
     * The same session under a new id, and every other session of its user ended: after a password
     * change, whoever else held a session of this account (a stolen one included) is out, while the
     * user who changed it goes on. Empty when the id is not a live session (then nothing changes).
     */
    public Optional<Session> rotateClosingOthers(String id, Instant now) {
        Optional<Session> live = resolve(id, now);
        if (live.isEmpty()) {
            return Optional.empty();
        }
        SessionState old = live.get().state();
        if (store.deleteAllFor(old.subjectKind(), old.subject()) == 0) {
            return Optional.empty();
        }
        return Optional.of(save(old.withLastSeenAt(now)));
    }

    /** Stores the state under a new id: the session the browser will hold. */
    private Session save(SessionState state) {
        String id = randomToken();
        store.save(Sha256.hex(id), state);
        return new Session(id, state);
    }

    /**
     * Keeps the convention the session's user chose to work on (the caller checked that they may); false when
     * the id is not a stored session.
     */
    public boolean selectConvention(String id, UUID convention) {
        Objects.requireNonNull(convention, "convention");
        return id != null && !id.isEmpty() && store.selectConvention(Sha256.hex(id), convention);
    }

    /** Logout: the session ends; unknown ids are ignored. */
    public void close(String id) {
        if (id != null && !id.isEmpty()) {
            store.delete(Sha256.hex(id));
        }
    }

    /** Ends every session of a deleted or demoted user at once; answers how many. */
    public int closeAllFor(SubjectKind subjectKind, String subject) {
        return store.deleteAllFor(subjectKind, subject);
    }

    /** Sets or clears the forced password change on every session of the user; answers how many. */
    public int updateMustChangePassword(SubjectKind subjectKind, String subject, boolean mustChangePassword) {
        return store.updateMustChangePassword(subjectKind, subject, mustChangePassword);
    }

    /** Sets or clears the usage rules to accept on every session of the user; answers how many. */
    public int updateMustAcceptRules(SubjectKind subjectKind, String subject, boolean mustAcceptRules) {
        return store.updateMustAcceptRules(subjectKind, subject, mustAcceptRules);
    }

    /** Deletes the sessions that have ended at {@code now} (a scheduled job); answers how many. */
    public int purgeExpired(Instant now) {
        return store.purge(now.minus(policy.idleTimeout()), now.minus(policy.absoluteLifetime()));
    }

    private boolean hasEnded(SessionState stored, Instant now) {
        return Duration.between(stored.lastSeenAt(), now).compareTo(policy.idleTimeout()) >= 0
                || Duration.between(stored.createdAt(), now).compareTo(policy.absoluteLifetime()) >= 0;
    }

    private String randomToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }
}
