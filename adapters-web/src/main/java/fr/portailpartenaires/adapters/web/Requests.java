package fr.portailpartenaires.adapters.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Small helpers shared by the route groups: JSON bodies, the authenticated caller, the page size. Every JSON body is
 * read here, so bad input is answered the same way on every route: 400 {@code requete.json_invalide} when the body is
 * not one JSON object of the documented shape (empty, malformed, an unknown field, a value of the wrong type,
 * naming that documented field), 400 {@code formulaire.invalide} with each refused field when the object is read but a field is not
 * acceptable (a date that is not {@code AAAA-MM-JJ} at the edge, the use case's own checks after it).
 */
public final class Requests {

    private static final Pattern SMALL_INTEGER = Pattern.compile("-?[0-9]{1,9}");

    private Requests() {
    }

    /**
     * The JSON body as the given record, or empty after answering a problem: 413 over the size limit, 400 when it is
     * not one strict JSON object of that shape (text after it, a key twice, a wrong type…).
     */
    public static <T> Optional<T> body(Context ctx, Class<T> type) {
        try {
            T value = ctx.bodyAsClass(type);
            if (value == null) {
                throw new IllegalArgumentException("empty body");
            }
            return Optional.of(value);
        } catch (HttpResponseException e) {
            PortalApp.problem(ctx, EdgeProblems.of(e.getStatus()));
            return Optional.empty();
        } catch (Exception e) {
            // Jackson's parse errors are checked exceptions that Javalin (Kotlin) lets through undeclared
            PortalApp.problem(ctx, new Problem("about:blank", "Requête invalide", 400,
                    "Le corps de la requête doit être un objet JSON conforme à la documentation de l'API (/openapi.json).",
                    "requete.json_invalide", wrongType(e)));
            return Optional.empty();
        }
    }

    /**
     * The documented field whose value has the wrong type (a text for a number…), when Jackson names it. An unknown
     * field is not named: its name is the request's text, which no answer repeats.
     */
    private static Map<String, List<String>> wrongType(Exception e) {
        if (!(e instanceof MismatchedInputException mismatch) || e instanceof UnrecognizedPropertyException
                || mismatch.getPath().isEmpty()) {
            return Map.of();
        }
        String field = mismatch.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return Map.of(field, List.of("Ce champ n'a pas le type attendu (voir la documentation de l'API, /openapi.json)."));
    }

    /**
     * Runs the action with the command of the JSON body read as {@code type}, a record of the web adapter; answers 400
     * when the body is not one ({@link #body}), or when the edge refuses a field of it (every refused field at once).
     */
    public static <C, D extends JsonBody<C>> void command(Context ctx, Class<D> type, Consumer<? super C> action) {
        body(ctx, type).ifPresent(body -> {
            JsonFields fields = new JsonFields();
            C command = body.command(fields);
            if (fields.hasErrors()) {
                Outcomes.respond(ctx, new Outcome.Invalid<>(fields.errors()));
                return;
            }
            action.accept(command);
        });
    }

    /**
     * Runs the action with the caller's principal and the command of the JSON body; answers 401 without a session,
     * else as {@link #command}.
     */
    public static <C, D extends JsonBody<C>> void withPrincipalAndCommand(Context ctx, SessionCookie sessions,
            Class<D> type, BiConsumer<Principal, ? super C> action) {
        principal(ctx, sessions).ifPresent(principal -> command(ctx, type, command -> action.accept(principal, command)));
    }

    /** The caller's principal, or empty after answering 401. */
    public static Optional<Principal> principal(Context ctx, SessionCookie sessions) {
        Optional<Principal> principal = sessions.principal(ctx);
        if (principal.isEmpty()) {
            PortalApp.problem(ctx, new Problem("about:blank", "Authentification requise", 401,
                    "Vous devez vous connecter (ou votre session a expiré après 30 minutes d'inactivité).",
                    "session.absente", java.util.Map.of()));
        }
        return principal;
    }

    /**
     * Runs the action with the caller's principal and the JSON body as the given record; answers 401 without a
     * session, else 400 when the body is not one.
     */
    public static <T> void withPrincipalAndBody(Context ctx, SessionCookie sessions, Class<T> type,
            BiConsumer<Principal, T> action) {
        principal(ctx, sessions).ifPresent(principal ->
                body(ctx, type).ifPresent(value -> action.accept(principal, value)));
    }

    /**
     * The page size asked in the {@code limite} query parameter: null when absent, 0 when it is not a
     * number (the use case then refuses it with its French message).
     */
    public static Integer limit(Context ctx) {
        String raw = ctx.queryParam("limite");
        try {
            return raw == null ? null : Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The page size asked in the {@code limite} query parameter, or the fallback when it is absent or not a number. */
    public static int limitOr(Context ctx, int fallback) {
        String raw = ctx.queryParam("limite");
        return raw == null || !SMALL_INTEGER.matcher(raw).matches() ? fallback : Integer.parseInt(raw);
    }
}
