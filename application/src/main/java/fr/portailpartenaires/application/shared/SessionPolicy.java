package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;
import java.time.Duration;

/**
 * How long a session lives (spec §2.2).
 *
 * @param idleTimeout      inactivity after which the session ends (30 minutes in the CAF seed)
 * @param absoluteLifetime age after which the session ends whatever the activity
 * @param touchInterval    activity is written at most once per interval, so that reading pages does
 *                         not write to the database on every request (the idle timeout is then
 *                         measured from up to this much earlier)
 */
public record SessionPolicy(Duration idleTimeout, Duration absoluteLifetime, Duration touchInterval) {

    /** 30 minutes of inactivity, 10 hours at most, activity written at most once a minute. */
    public static final SessionPolicy DEFAULT =
            new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(10), Duration.ofMinutes(1));

    public SessionPolicy {
        Components.required(SessionPolicy.class, idleTimeout, absoluteLifetime, touchInterval);
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("idleTimeout must be positive and not above absoluteLifetime");
        }
        if (touchInterval.isNegative() || touchInterval.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException("touchInterval must be zero or more and below idleTimeout");
        }
    }
}
