package fr.portailpartenaires.domain.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Dates as users type them: {@code JJ/MM/AAAA} in the forms (strictly: a day that the calendar lacks is refused, not
 * moved), {@code AAAA-MM-JJ} in the search criteria.
 */
public final class TypedDates {

    /** {@code JJ/MM/AAAA}, strictly, as the forms and the exchange history write a date. */
    public static final DateTimeFormatter JJ_MM_AAAA =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern JJ_MM_AAAA_SHAPE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

    private TypedDates() {
    }

    /**
     * A date typed {@code JJ/MM/AAAA} (blanks around ignored, {@code null} read as empty); refused with
     * {@code code + ".format"} when it has not that shape, {@code code + ".inexistante"} when the calendar lacks it.
     *
     * @param what names the date in the messages, e.g. "La date de visite"
     */
    public static Result<LocalDate> jjMmAaaa(String raw, String code, String what) {
        String text = raw == null ? "" : raw.strip();
        if (!JJ_MM_AAAA_SHAPE.matcher(text).matches()) {
            return Result.refused(Refusal.sharedRule(code + ".format", "date.saisie_hors_format", what));
        }
        try {
            return Result.ok(LocalDate.parse(text, JJ_MM_AAAA));
        } catch (DateTimeException e) {
            return Result.refused(Refusal.sharedRule(code + ".inexistante", "date.saisie_inexistante", what, text));
        }
    }

    /** A date typed {@code AAAA-MM-JJ} (blanks around ignored), refused with {@code date.format} otherwise. */
    public static Result<LocalDate> aaaaMmJj(String raw) {
        try {
            return Result.ok(LocalDate.parse(raw.strip()));
        } catch (DateTimeException e) {
            return Result.refused("date.format");
        }
    }
}
