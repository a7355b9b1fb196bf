package fr.portailpartenaires.adapters.web.pages;

import fr.portailpartenaires.domain.shared.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the pages show them (spec §10.1): {@code JJ/MM/AAAA}, times {@code 08h08}, in Paris time. */
public final class FrenchDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter
            .ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE).withZone(BusinessTime.ZONE);

    private FrenchDates() {
    }

    /** {@code 30/08/2018}; empty for no date. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The day of an instant in Paris, {@code 30/08/2018}; empty for none. */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(BusinessTime.dateOf(instant));
    }

    /** {@code 30/08/2018 à 08h08}, Paris time; empty for none. */
    public static String dayAndTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant);
    }
}
