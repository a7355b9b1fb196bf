package fr.portailpartenaires.adapters.web.pages;

import fr.portailpartenaires.adapters.web.PathIds;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A form as the page shows it: the values typed (passwords are never sent back) and the use case's errors per
 * field, all at once. Field names are the use case's field paths, so an error lands next to its field.
 *
 * @param fields the fields the page shows, in order (the error summary links to them)
 */
public record Form(List<String> fields, Map<String, String> values, Map<String, List<String>> errors) {

    /** One line of the error summary; {@code field} is empty when no field of the page carries it. */
    public record Error(String field, String message) {
        public boolean linked() {
            return !field.isEmpty();
        }
    }

    public Form {
        fields = List.copyOf(fields);
        values = Map.copyOf(values);
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static Form empty(String... fields) {
        return new Form(List.of(fields), Map.of(), Map.of());
    }

    /** The values the request typed into these fields (absent ones empty); a secret field's value is not kept. */
    public static Form typed(Context ctx, List<String> fields, List<String> secrets) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            String value = ctx.formParam(field);
            if (value != null && !secrets.contains(field)) {
                values.put(field, value);
            }
        }
        return new Form(fields, values, Map.of());
    }

    /** What a field's request parameter holds, never null. */
    public static String param(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
    }

    /** What a field's request parameter holds as an id (a captcha's), or null when it is empty or not a UUID. */
    public static UUID uuid(Context ctx, String field) {
        return PathIds.parse(ctx.formParam(field)).orElse(null);
    }

    public Form withErrors(Map<String, List<String>> more) {
        Map<String, List<String>> all = new LinkedHashMap<>(errors);
        more.forEach((field, messages) -> all.merge(field, messages, (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        return new Form(fields, values, all);
    }

    public Form withError(String field, String message) {
        return withErrors(Map.of(field, List.of(message)));
    }

    public Form with(String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(field, value);
        return new Form(fields, copy, errors);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public List<String> errorsOf(String field) {
        return errors.getOrDefault(field, List.of());
    }

    /** The ids an input is described by: its hint, then its error, or null for none (the attribute is then left out). */
    public String describedBy(String field, boolean hasHint) {
        List<String> ids = new ArrayList<>();
        if (hasHint) {
            ids.add(field + "-hint");
        }
        if (hasError(field)) {
            ids.add(field + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /** Every error in the order of the page's fields, then those no field of the page shows. */
    public List<Error> summary() {
        List<Error> lines = new ArrayList<>();
        for (String field : fields) {
            errorsOf(field).forEach(message -> lines.add(new Error(field, message)));
        }
        errors.forEach((field, messages) -> {
            if (!fields.contains(field)) {
                messages.forEach(message -> lines.add(new Error("", message)));
            }
        });
        return lines;
    }
}
