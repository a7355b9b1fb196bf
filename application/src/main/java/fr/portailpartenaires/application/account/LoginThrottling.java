package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.shared.ThrottlePolicy;
import fr.portailpartenaires.application.shared.LoginAttempts.Key;
import fr.portailpartenaires.application.shared.LoginAttempts.Scope;
import fr.portailpartenaires.application.shared.LoginAttempts.State;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Brute-force protection of the login (spec §2.2), per account and per source address.
 *
 * <p>The login use case asks {@link #check} before verifying the password and refuses (HTTP 429,
 * {@link Decision.Blocked#message}) while either key is locked; then it reports the outcome with
 * {@link #recordFailure} or {@link #recordSuccess}.
 * <ul>
 *   <li>Account key: the login typed, stripped and in lower case, whether an account has it or not,
 *       so that unknown and known logins behave alike. {@link ThrottlePolicy#ACCOUNT} by default.</li>
 *   <li>Address key: the source IP address. {@link ThrottlePolicy#ADDRESS} by default: 20 failures
 *       from one address, whatever the logins, lock it.</li>
 *   <li>A success clears the account's count only. The address's count is not cleared by a success
 *       (an attacker holding one valid account could otherwise clear it between guesses); it is
 *       forgotten after its policy's quiet period.</li>
 *   <li>Locks are always temporary (at most the policy's maximum delay): nobody can lock an account
 *       for good by failing on purpose.</li>
 * </ul>
 * Each failure is counted in one atomic step of the store, so failures sent at once, to one instance or to
 * several on the same database, are all counted.
 */
public final class LoginThrottling {

    private final LoginAttempts attempts;
    private final ThrottlePolicy accountPolicy;
    private final ThrottlePolicy addressPolicy;

    public LoginThrottling(LoginAttempts attempts) {
        this(attempts, ThrottlePolicy.ACCOUNT, ThrottlePolicy.ADDRESS);
    }

    public LoginThrottling(LoginAttempts attempts, ThrottlePolicy accountPolicy, ThrottlePolicy addressPolicy) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.accountPolicy = Objects.requireNonNull(accountPolicy, "accountPolicy");
        this.addressPolicy = Objects.requireNonNull(addressPolicy, "addressPolicy");
    }

    /** Whether a login attempt may be evaluated now, or until when it is refused. */
    public Decision check(String login, String sourceAddress, Instant now) {
        Instant until = later(lockedUntil(accountKey(login), now), lockedUntil(addressKey(sourceAddress), now));
        return until == null ? new Decision.Allowed() : new Decision.Blocked(until);
    }

    /** A wrong login or password: counts against both keys, and locks them past their thresholds. */
    public void recordFailure(String login, String sourceAddress, Instant now) {
        fail(accountKey(login), accountPolicy, now);
        fail(addressKey(sourceAddress), addressPolicy, now);
    }

    /** A successful login: the account starts again from zero. */
    public void recordSuccess(String login) {
        attempts.clear(accountKey(login));
    }

    /** Deletes the counts that would be forgotten anyway (a scheduled job); answers how many. */
    public int purgeForgotten(Instant now) {
        return attempts.purgeQuietSince(Scope.ACCOUNT, now.minus(accountPolicy.forgetAfter()))
                + attempts.purgeQuietSince(Scope.ADDRESS, now.minus(addressPolicy.forgetAfter()));
    }

    /**
     * The French message of a refused login, in whole minutes rounded up (at least one):
     * "Trop de tentatives de connexion. Réessayez dans 4 minutes."
     */
    public static String message(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Trop de tentatives de connexion. Réessayez dans " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    static Key accountKey(String login) {
        return key(Scope.ACCOUNT, login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }

    static Key addressKey(String sourceAddress) {
        return key(Scope.ADDRESS, sourceAddress == null ? "" : sourceAddress.strip());
    }

    /** Longer values can only be typed by a script: they share the key of their first characters. */
    private static Key key(Scope scope, String value) {
        return new Key(scope, value.length() > Key.MAX_LENGTH ? value.substring(0, Key.MAX_LENGTH) : value);
    }

    private Instant lockedUntil(Key key, Instant now) {
        return attempts.find(key).filter(state -> state.isLockedAt(now)).map(State::lockedUntil).orElse(null);
    }

    /**
     * A failure while the key is locked (a request that raced the lock) still counts and may
     * lengthen the lock, never shorten it.
     */
    private void fail(Key key, ThrottlePolicy policy, Instant now) {
        State counted = attempts.count(key, now, now.minus(policy.forgetAfter()));
        Duration delay = policy.delayAfter(counted.consecutiveFailures());
        if (!delay.isZero()) {
            attempts.lockUntil(key, now.plus(delay));
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The answer of {@link #check}. */
    public sealed interface Decision {

        /** The attempt may go on to the password check. */
        record Allowed() implements Decision {
        }

        /** Refused without checking the password until {@code until} (HTTP 429). */
        record Blocked(Instant until) implements Decision {

            public Blocked {
                Objects.requireNonNull(until, "until");
            }

            public Duration remaining(Instant now) {
                Duration remaining = Duration.between(now, until);
                return remaining.isNegative() ? Duration.ZERO : remaining;
            }

            /** "Trop de tentatives de connexion. Réessayez dans N minutes." */
            public String message(Instant now) {
                return LoginThrottling.message(remaining(now));
            }

            public Refusal refusal(Instant now) {
                return Refusal.of("connexion.trop_de_tentatives", message(now));
            }
        }
    }
}
