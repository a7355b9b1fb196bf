package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed logins counted per account and per source address, and the temporary lock they caused
 * (brute-force protection, spec §2.2). The rules live in the application's {@code LoginThrottling};
 * this port only keeps the state of each key.
 */
public interface LoginAttempts {

    Optional<State> find(Key key);

    /**
     * The states the store has of the given keys, read at once (a login attempt asks for two or three keys: one
     * statement instead of one each). Keys without a state are absent from the answer.
     */
    Map<Key, State> findAll(Collection<Key> keys);

    /**
     * Counts one more failure (or request) of the key at {@code now} and answers the key's state after it: a new key
     * starts at one, and so does a key whose last failure is at or before {@code forgottenAtOrBefore}. One atomic step
     * of the store: counts made at the same moment, by this instance or another one on the same database, are each
     * counted (read, then write would lose some, and a guesser sending its attempts at once would get more of them).
     */
    State count(Key key, Instant now, Instant forgottenAtOrBefore);

    /** Locks the counted key until {@code until}, unless it is already locked longer. */
    void lockUntil(Key key, Instant until);

    /** Forgets the keys (a successful login) at once; unknown keys are ignored. */
    void clear(Collection<Key> keys);

    /** Deletes the states of the scope whose last failure is at or before the given instant; answers how many. */
    int purgeQuietSince(Scope scope, Instant lastFailureAtOrBefore);

    /**
     * What a key counts: the failed logins on one account from browsers without its device cookie, on one account from
     * one source address, from one known device, or from one source address; the security notifications sent to one
     * account's owner; the
     * forgotten-password requests from one address or for one account; the contact messages from one address;
     * the registration attempts and the captchas issued from one address.
     */
    enum Scope {
        ACCOUNT, ADDRESS, PASSWORD_RESET_ADDRESS, PASSWORD_RESET_ACCOUNT, CONTACT_ADDRESS, REGISTRATION_ADDRESS,
        CAPTCHA_ADDRESS, ACCOUNT_SOURCE, DEVICE, SECURITY_MAIL_ACCOUNT
    }

    /**
     * @param scope what the key counts
     * @param value the lower-case login for an account (known or not), the IP address for an address;
     *              at most {@link #MAX_LENGTH} characters
     */
    record Key(Scope scope, String value) {

        public static final int MAX_LENGTH = 256;

        public Key {
            Components.required(Key.class, scope, value);
            if (value.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("A throttling key has at most " + MAX_LENGTH + " characters");
            }
        }
    }

    /**
     * @param consecutiveFailures failures since the last success or since the count was forgotten
     * @param lastFailureAt       when the last failure happened
     * @param lockedUntil         the end of the current or last lock, or {@code null} when the key was never locked
     */
    record State(int consecutiveFailures, Instant lastFailureAt, Instant lockedUntil) {

        public State {
            Objects.requireNonNull(lastFailureAt, "lastFailureAt");
            if (consecutiveFailures < 1) {
                throw new IllegalArgumentException("A stored state counts at least one failure");
            }
        }

        /** True while the lock lasts: up to, but not including, {@code lockedUntil}. */
        public boolean isLockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }
}
