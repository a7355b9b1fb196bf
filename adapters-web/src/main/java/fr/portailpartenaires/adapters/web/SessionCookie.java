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
 *
 * <p>Beside it, the device cookie {@value #DEVICE} (issue 19): given at each login, kept a year, sent back with the
 * next logins, so that strangers failing on the account from elsewhere do not hold this browser
 * ({@code DeviceCookies} in the application). Same flags; it opens nothing by itself.
 */
public final class SessionCookie {

    public static final String NAME = "portail_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String DEVICE = "portail_appareil";
    private static final int DEVICE_MAX_AGE = 365 * 24 * 3600;
    private static final String PRINCIPAL = "portail.principal";

    private final Authenticate authenticate;

    public SessionCookie(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    public void open(Context ctx, String sessionId) {
        ctx.cookie(protectedCookie(ctx, NAME, sessionId));
    }

    /** Sets the cookies of a login: the new session's, and the device cookie the browser keeps for the account. */
    public void opened(Context ctx, Authenticate.LoggedIn loggedIn) {
        open(ctx, loggedIn.sessionId());
        loggedIn.deviceCookie().ifPresent(value -> {
            Cookie cookie = protectedCookie(ctx, DEVICE, value);
            cookie.setMaxAge(DEVICE_MAX_AGE);
            ctx.cookie(cookie);
        });
    }

    /** A cookie of the whole site that scripts cannot read, sent over HTTPS only when served so, not cross-site. */
    private static Cookie protectedCookie(Context ctx, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(isHttps(ctx));
        cookie.setSameSite(SameSite.LAX);
        cookie.setPath("/");
        return cookie;
    }

    /** The device cookie the browser sent, if any (checked by the login use case). */
    public static Optional<String> device(Context ctx) {
        return Optional.ofNullable(ctx.cookie(DEVICE)).filter(value -> !value.isEmpty());
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
