package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.application.shared.LoginAttempts.Key;
import fr.portailpartenaires.application.shared.LoginAttempts.Scope;
import fr.portailpartenaires.application.shared.LoginAttempts.State;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Throttling of the public requests that are not logins (forgotten password, contact form, registration, captchas),
 * on the
 * same counters as {@link LoginThrottling}: every request counts against its key, whatever its outcome
 * (the answer of a forgotten-password request must not say whether it matched an account), and from the
 * policy's threshold on, each request locks the key for a delay that doubles up to the policy's maximum.
 * A lock is always temporary; a key quiet for the policy's {@code forgetAfter} starts again from zero.
 */
public final class RequestThrottling {

    /** Per source address: 5 requests, then 1, 2, 4, 8, 15 minutes; forgotten after an hour without request. */
    public static final ThrottlePolicy PER_ADDRESS =
            new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));

    /**
     * Per account, for forgotten-password mails: 3 mails, then 15 minutes doubling up to 6 hours; forgotten
     * after a day. Silent: the requester gets the usual answer, the account just gets no more mails.
     */
    public static final ThrottlePolicy PER_ACCOUNT =
            new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofHours(6), Duration.ofHours(24));

    /**
     * Registration attempts per source address, whatever their outcome: 20 (a long form, often sent back with errors,
     * from an office whose visitors may share one address), then 1, 2, 4, 8, 15 minutes; forgotten after an hour
     * without attempt. Slows down whoever would use the form to learn which logins are taken.
     */
    public static final ThrottlePolicy REGISTRATIONS_PER_ADDRESS =
            new ThrottlePolicy(20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));

    /**
     * Captchas per source address (images, questions and refreshed ones alike): 60 with less than 20 minutes between
     * two — a visitor needs a few per form, an office behind one address some more —, then 1, 2, 4, 8, 15 minutes.
     */
    public static final ThrottlePolicy CAPTCHAS_PER_ADDRESS =
            new ThrottlePolicy(60, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(20));

    private final LoginAttempts attempts;
    private final Scope scope;
    private final ThrottlePolicy policy;
    private final Optional<AuditLog> audit;

    public RequestThrottling(LoginAttempts attempts, Scope scope, ThrottlePolicy policy) {
        this(attempts, scope, policy, Optional.empty());
    }

    private RequestThrottling(LoginAttempts attempts, Scope scope, ThrottlePolicy policy, Optional<AuditLog> audit) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = audit;
        if (scope == Scope.ACCOUNT || scope == Scope.ADDRESS || scope == Scope.ACCOUNT_SOURCE || scope == Scope.DEVICE) {
            throw new IllegalArgumentException("The login's own counters belong to LoginThrottling");
        }
    }

    /** How long requests with this key must still wait; empty when one may go on now. */
    public Optional<Duration> waitFor(String value, Instant now) {
        return attempts.find(key(value))
                .filter(state -> state.isLockedAt(now))
                .map(state -> Duration.between(now, state.lockedUntil()));
    }

    /**
     * The same counters, writing one {@code REQUESTS_THROTTLED} entry in the audit trail each time a key of this
     * scope starts being locked (its policy's threshold reached: the operator sees who is hammering the form, once
     * per series rather than once per refused request, so that the trail cannot be flooded through it).
     */
    public RequestThrottling audited(AuditLog trail) {
        return new RequestThrottling(attempts, scope, policy, Optional.of(trail));
    }

    /** Counts one more request with this key (made while it was not locked). */
    public void record(String value, Instant now) {
        Key key = key(value);
        State counted = policy.countOne(attempts, key, now);
        if (counted.consecutiveFailures() == policy.threshold()) {
            Duration delay = policy.delayAfter(counted.consecutiveFailures());
            audit.ifPresent(trail -> {
                AuditEvent event = AuditEvent.of(now, AuditEvent.ANONYMOUS, AuditAction.REQUESTS_THROTTLED)
                        .withDetail("scope", scope.name()).withDetail("locked_for", delay.toString());
                trail.append(scope.name().endsWith("_ADDRESS") ? event.withSourceAddress(key.value())
                        : event.withTarget("user:" + key.value()));
            });
        }
    }

    /** Deletes the counts that would be forgotten anyway (a scheduled job); answers how many. */
    public int purgeForgotten(Instant now) {
        return attempts.purgeQuietSince(scope, now.minus(policy.forgetAfter()));
    }

    /** "Trop de demandes. Réessayez dans N minutes." (whole minutes rounded up, at least one). */
    public static Refusal refusal(Duration wait) {
        return Refusal.of("demande.trop_de_demandes", inWholeMinutes(wait));
    }

    /** "1 minute", "4 minutes": a wait told in whole minutes rounded up, at least one (every throttle's message). */
    public static String inWholeMinutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private Key key(String value) {
        String normalized = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        return new Key(scope, normalized.length() > Key.MAX_LENGTH ? normalized.substring(0, Key.MAX_LENGTH) : normalized);
    }
}
