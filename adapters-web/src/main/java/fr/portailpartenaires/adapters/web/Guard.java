package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.shared.Principal;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/**
 * Request checks before any handler: a state-changing request must come from this site (Origin), and
 * when it is made with a session cookie it must carry that session's CSRF token.
 */
public final class Guard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final SessionCookie sessions;

    public Guard(SessionCookie sessions) {
        this.sessions = sessions;
    }

    /** Answers the problem and returns false when the request must not go on. */
    public boolean allows(Context ctx) {
        if (SAFE_METHODS.contains(ctx.method().name())) {
            return true;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx)) {
            PortalApp.problem(ctx, Problem.of(403, "Accès refusé", "Requête d'une autre origine refusée."));
            return false;
        }
        Optional<Principal> principal = sessions.principal(ctx);
        if (principal.isPresent() && !csrfTokenMatches(ctx, principal.get())) {
            PortalApp.problem(ctx, new Problem("about:blank", "Accès refusé", 403,
                    "Jeton anti-falsification (CSRF) absent ou invalide : rechargez la page.", "csrf.invalide",
                    java.util.Map.of()));
            return false;
        }
        return true;
    }

    private static boolean csrfTokenMatches(Context ctx, Principal principal) {
        String token = ctx.header(SessionCookie.CSRF_HEADER);
        return token != null && java.security.MessageDigest.isEqual(
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                principal.csrfToken().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean sameOrigin(String origin, Context ctx) {
        String host = ctx.header("X-Forwarded-Host") != null ? ctx.header("X-Forwarded-Host") : ctx.host();
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
