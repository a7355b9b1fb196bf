package fr.portailpartenaires.domain.exchange;

import fr.portailpartenaires.domain.shared.BusinessTime;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/** How long the exchange history keeps an entry: six months (spec §5.3, §8.3), counted in Paris time. */
public final class ExchangeRetention {

    public static final Period KEPT = Period.ofMonths(6);
    private static final ZoneId ZONE = BusinessTime.ZONE;

    private ExchangeRetention() {
    }

    /** Entries that occurred before this instant are purged at {@code now}. */
    public static Instant purgeBefore(Instant now) {
        return now.atZone(ZONE).minus(KEPT).toInstant();
    }

    public static boolean isExpired(ExchangeEntry entry, Instant now) {
        return entry.occurredAt().isBefore(purgeBefore(now));
    }
}
