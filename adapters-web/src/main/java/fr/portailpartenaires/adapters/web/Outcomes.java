package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.shared.Outcome;
import io.javalin.http.Context;
import java.util.function.Consumer;

/** Translates a use case's {@link Outcome} to HTTP: the value on success, else one problem+json body. */
public final class Outcomes {

    private Outcomes() {
    }

    public static <T> void respond(Context ctx, Outcome<T> outcome, int successStatus, Consumer<T> onSuccess) {
        switch (outcome) {
            case Outcome.Done<T> done -> {
                ctx.status(successStatus);
                onSuccess.accept(done.value());
            }
            case Outcome.Invalid<T> invalid -> PortalApp.problem(ctx, new Problem("about:blank",
                    "Formulaire invalide", 400, "Corrigez les champs signalés puis validez à nouveau.",
                    "formulaire.invalide", invalid.errors()));
            case Outcome.Refused<T> refused -> {
                int status = status(refused.reason());
                refused.retryAfter().ifPresent(wait -> ctx.header("Retry-After", String.valueOf(seconds(wait))));
                PortalApp.problem(ctx, new Problem("about:blank", title(status), status,
                        refused.refusal().message(), refused.refusal().code(), java.util.Map.of()));
            }
        }
    }

    public static <T> void respond(Context ctx, Outcome<T> outcome) {
        respond(ctx, outcome, 200, ctx::json);
    }

    /** {@code Retry-After} in whole seconds, rounded up, at least one (a client waiting 0 s would retry at once). */
    public static long seconds(java.time.Duration wait) {
        long millis = Math.max(0, wait.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }

    public static int status(Outcome.Reason reason) {
        return switch (reason) {
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case UNPROCESSABLE -> 422;
            case TOO_MANY_REQUESTS -> 429;
        };
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Requête invalide";
            case 401 -> "Authentification requise";
            case 403 -> "Accès refusé";
            case 404 -> "Ressource introuvable";
            case 409 -> "Conflit";
            case 410 -> "Ressource expirée";
            case 422 -> "Opération refusée";
            case 429 -> "Trop de requêtes";
            default -> "Erreur";
        };
    }
}
