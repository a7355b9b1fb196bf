package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.account.Authenticate;
import fr.portailpartenaires.application.shared.Principal;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;

/**
 * The session cookie: an opaque random id (the session lives on the server), {@code HttpOnly},
 * {@code SameSite=Lax}, {@code Secure} over HTTPS. State-changing requests made with it must also
 * carry the session's CSRF token in the {@code X-CSRF-Token} header.
 */
public final class SessionCookie {

    public static final String NAME = "portail_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "portail.principal";

    private final Authenticate authenticate;

    public SessionCookie(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    public void open(Context ctx, String sessionId) {
        Cookie cookie = new Cookie(NAME, sessionId);
        cookie.setHttpOnly(true);
        cookie.setSecure(isHttps(ctx));
        cookie.setSameSite(SameSite.LAX);
        cookie.setPath("/");
        ctx.cookie(cookie);
    }

    public void clear(Context ctx) {
        ctx.removeCookie(NAME, "/");
    }

    /** The principal of the request's live session, resolved once per request. */
    public Optional<Principal> principal(Context ctx) {
        Optional<Principal> cached = ctx.attribute(PRINCIPAL);
        if (cached != null) {
            return cached;
        }
        String id = ctx.cookie(NAME);
        Optional<Principal> principal = id == null || id.isEmpty() ? Optional.empty() : authenticate.resolve(id);
        ctx.attribute(PRINCIPAL, principal);
        return principal;
    }

    /** True when the client reached the portal over HTTPS (directly, or through a proxy that says so). */
    public static boolean isHttps(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
