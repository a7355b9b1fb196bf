package fr.portailpartenaires.domain.password;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A random password sent by mail when an account is created or a password is forgotten; it always
 * satisfies the policy in force and expires after a while (72 hours by default). The user must
 * replace it at first login; single use is enforced by persistence. {@link #toString()} never
 * shows the password.
 */
public final class TemporaryPassword {

    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(72);

    private final String value;
    private final Instant issuedAt;
    private final Instant expiresAt;

    private TemporaryPassword(String value, Instant issuedAt, Instant expiresAt) {
        this.value = value;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** A password valid for {@link #DEFAULT_VALIDITY}. */
    public static TemporaryPassword generate(PasswordPolicy policy, String login, RandomGenerator random, Clock clock) {
        return generate(policy, login, random, clock, DEFAULT_VALIDITY);
    }

    /**
     * Draws a password that satisfies {@code policy} for this login.
     *
     * @param random a {@link java.security.SecureRandom} in production
     */
    public static TemporaryPassword generate(PasswordPolicy policy, String login, RandomGenerator random, Clock clock,
                                             Duration validity) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(random, "random");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A temporary password must be valid for some time: " + validity);
        }
        Instant now = clock.instant();
        return new TemporaryPassword(PasswordGenerator.draw(policy, login, random), now, now.plus(validity));
    }

    /** The password in clear, to be hashed and mailed; never logged. */
    public String value() {
        return value;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Whether it can no longer be used: from {@link #expiresAt()} on. */
    public boolean isExpired(Clock clock) {
        return !clock.instant().isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "TemporaryPassword[issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
}
