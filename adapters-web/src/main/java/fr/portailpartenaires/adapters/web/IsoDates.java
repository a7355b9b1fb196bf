package fr.portailpartenaires.adapters.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** A date field of a JSON body, written {@code AAAA-MM-JJ} (ISO 8601), as every JSON route reads it. */
public final class IsoDates {

    private IsoDates() {
    }

    /**
     * The date, or null when the field is absent or blank (the use case then says whether it was required); a text
     * that is no such date adds {@code message} to the field's errors and gives null.
     */
    public static LocalDate field(Map<String, List<String>> errors, String field, String raw, String message) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, List.of(message));
            return null;
        }
    }
}
