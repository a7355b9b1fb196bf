package fr.portailpartenaires.adapters.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The one error body of the API (RFC 9457 {@code application/problem+json}), with French texts and,
 * for invalid input, every field error at once.
 *
 * @param type   a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title  short French summary
 * @param status the HTTP status
 * @param detail French explanation for the user
 * @param code   stable machine code of the refusal, when there is one
 * @param errors per field, the French messages
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, Map<String, List<String>> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, Map.of());
    }

    /** 404: nothing with this id (or path), {@code detail} saying what was looked for. */
    public static Problem notFound(String detail) {
        return notFound(detail, null);
    }

    /** 404 with the stable code of the refusal the use case would have given for an unknown id. */
    public static Problem notFound(String detail, String code) {
        return new Problem("about:blank", "Ressource introuvable", 404, detail, code, Map.of());
    }
}
