package fr.portailpartenaires.adapters.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of a JSON body as the edge reads them, and the errors of those it refuses. Every date of the JSON API is
 * ISO 8601, {@code AAAA-MM-JJ}: any other form, or a day the calendar lacks ({@code 2024-02-31}), is the field's
 * French error, never a date silently corrected.
 */
public final class JsonFields {

    private static final Pattern ISO_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    /**
     * The date of {@code field}, or null when it is absent or blank (the use case then says whether it was required);
     * a text that is no ISO date adds the field's error, naming the date as {@code what} (« La date d'effet »).
     */
    public LocalDate date(String field, String raw, String what) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (!ISO_SHAPE.matcher(text).matches()) {
            add(field, what + " doit être une date au format AAAA-MM-JJ.");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(field, what + " n'existe pas au calendrier (" + text + ") : vérifiez le jour et le mois.");
            return null;
        }
    }

    /** The ISO date of {@code field}, checked, as the text the command reads ({@code AAAA-MM-JJ}). */
    public String isoDate(String field, String raw, String what) {
        if (raw == null || raw.isBlank()) {
            return raw;
        }
        LocalDate date = date(field, raw, what);
        return date == null ? null : date.toString();
    }

    public void add(String field, String message) {
        errors.computeIfAbsent(field, unused -> new ArrayList<>()).add(message);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The refused fields, each with its messages, in the order they were read. */
    public Map<String, List<String>> errors() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
}
