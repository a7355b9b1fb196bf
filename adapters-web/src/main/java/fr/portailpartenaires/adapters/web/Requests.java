package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.port.in.Principal;
import io.javalin.http.Context;
import java.util.Optional;

/** Small helpers shared by the route groups: JSON bodies and the authenticated caller. */
final class Requests {

    private Requests() {
    }

    /** The JSON body as the given record, or empty after answering a 400 problem. */
    static <T> Optional<T> body(Context ctx, Class<T> type) {
        try {
            T value = ctx.bodyAsClass(type);
            if (value == null) {
                throw new IllegalArgumentException("empty body");
            }
            return Optional.of(value);
        } catch (Exception e) {
            // Jackson's parse errors are checked exceptions that Javalin (Kotlin) lets through undeclared
            PortalApp.problem(ctx, new Problem("about:blank", "Requête invalide", 400,
                    "Le corps de la requête doit être un objet JSON conforme à la documentation de l'API (/openapi.json).",
                    "requete.json_invalide", java.util.Map.of()));
            return Optional.empty();
        }
    }

    /** The caller's principal, or empty after answering 401. */
    static Optional<Principal> principal(Context ctx, SessionCookie sessions) {
        Optional<Principal> principal = sessions.principal(ctx);
        if (principal.isEmpty()) {
            PortalApp.problem(ctx, new Problem("about:blank", "Authentification requise", 401,
                    "Vous devez vous connecter (ou votre session a expiré après 30 minutes d'inactivité).",
                    "session.absente", java.util.Map.of()));
        }
        return principal;
    }
}
