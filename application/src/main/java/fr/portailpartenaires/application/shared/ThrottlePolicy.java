package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;
import java.time.Duration;
import java.time.Instant;

/**
 * When failed logins lock a key, and for how long: from the {@code threshold}-th consecutive
 * failure, each failure locks for {@code firstDelay}, doubled at each further failure, capped at
 * {@code maxDelay}. A key without failure for {@code forgetAfter} starts again from zero, so a lock
 * is always temporary and an old series of typos does not weigh on today's login.
 */
public record ThrottlePolicy(int threshold, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    /**
     * Per account from one source address, and per known device (spec §2.2): 5 failures, then 1, 2, 4, 8, 15, 15…
     * minutes; forgotten after a day without failure.
     */
    public static final ThrottlePolicy ACCOUNT =
            new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(24));

    /**
     * Per account, from every browser that has no device cookie of it (issue 19): 10 failures from anywhere, then the
     * same delays. Slows down guessing spread over many addresses; the owner's known browsers are not held by it.
     */
    public static final ThrottlePolicy ACCOUNT_FROM_UNKNOWN_DEVICES =
            new ThrottlePolicy(10, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(24));

    /** Security notifications to an account's owner: one, then none for an hour (never a mail bomb). */
    public static final ThrottlePolicy OWNER_WARNINGS =
            new ThrottlePolicy(1, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(2));

    /**
     * Per source address: 20 failures, whatever the logins tried (one address trying many accounts),
     * then the same delays; forgotten after an hour without failure, so that the shared address of an
     * office is not held for long by its users' typos. A success does not clear it (see {@link LoginThrottling}).
     */
    public static final ThrottlePolicy ADDRESS =
            new ThrottlePolicy(20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));

    public ThrottlePolicy {
        Components.required(ThrottlePolicy.class, threshold, firstDelay, maxDelay, forgetAfter);
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must be positive, the first not above the maximum");
        }
        if (forgetAfter.compareTo(maxDelay) <= 0) {
            throw new IllegalArgumentException("forgetAfter must exceed maxDelay, or a lock could outlive its count");
        }
    }

    /**
     * Counts one more failure (or request) against the key in one atomic step of the store, and locks the key when
     * the count reaches this policy's threshold; answers the count. A failure counted while the key is already
     * locked (a request that raced the lock) may lengthen the lock, never shorten it.
     */
    public LoginAttempts.State countOne(LoginAttempts attempts, LoginAttempts.Key key, Instant now) {
        LoginAttempts.State counted = attempts.count(key, now, now.minus(forgetAfter));
        Duration delay = delayAfter(counted.consecutiveFailures());
        if (!delay.isZero()) {
            attempts.lockUntil(key, now.plus(delay));
        }
        return counted;
    }

    /** The lock caused by this many consecutive failures ({@link Duration#ZERO} below the threshold). */
    public Duration delayAfter(int consecutiveFailures) {
        if (consecutiveFailures < threshold) {
            return Duration.ZERO;
        }
        int doublings = consecutiveFailures - threshold;
        if (doublings >= 30) {
            return maxDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
