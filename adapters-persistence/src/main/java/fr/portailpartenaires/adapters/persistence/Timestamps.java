package fr.portailpartenaires.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants ↔ {@code timestamp with time zone} columns. Both databases keep microseconds; the adapters
 * truncate explicitly so that H2 and PostgreSQL store exactly the same value (neither rounds).
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime column(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
