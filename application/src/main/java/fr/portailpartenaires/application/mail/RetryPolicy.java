package fr.portailpartenaires.application.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a mail again after the SMTP server failed to acknowledge it: an exponential backoff
 * (the first delay, doubled after each failure, capped), up to a maximum number of attempts.
 *
 * @param maxAttempts attempts in all, the first one included; after that many failures the mail is given up
 * @param firstDelay  the wait after the first failure
 * @param maxDelay    the longest wait between two attempts
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Delays must be positive and maxDelay >= firstDelay");
        }
    }

    /** 8 attempts, waiting 1 min, 2, 4, 8, 16, 32 then 60 min: given up about two hours after the first failure. */
    public static RetryPolicy standard() {
        return new RetryPolicy(8, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /**
     * @param failedAttempts how many attempts have failed so far, the one that just failed included (at least 1)
     * @param failedAt       when the last attempt failed
     * @return when to try again, or empty when the mail must be given up
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(failedAttempts)));
    }

    /** The wait after the given number of failures: firstDelay × 2^(failures − 1), at most maxDelay. */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }
}
