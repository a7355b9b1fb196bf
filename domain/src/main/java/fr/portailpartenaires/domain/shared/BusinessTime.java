package fr.portailpartenaires.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one place that decides what day it is for the business: the portal's rules (relance at 60 days,
 * invoicing on Monday, the dates on certificates and in the exchange history) are French, so "today" and
 * the date of an instant are taken in Europe/Paris, whatever zone the server's clock is in (UTC in production).
 */
public final class BusinessTime {

    /** The zone of every business date. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private BusinessTime() {
    }

    /** Today in Paris at the clock's instant. */
    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    /** The Paris date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
