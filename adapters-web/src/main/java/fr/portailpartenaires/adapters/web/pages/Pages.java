package fr.portailpartenaires.adapters.web.pages;

import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.convention.SelectConvention;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders the pages (jte templates compiled at build time, ADR 0013) in the layout, and owns what every form
 * shares: the CSRF token of the hidden field, the redirect after a POST with its one-time message, and the error
 * pages (403, 404, 410, 429 with the wait, 500, session expirée).
 */
public final class Pages {

    /** The hidden field every form carries. */
    public static final String CSRF_FIELD = "csrf";
    /** The pre-session token of anonymous forms (login CSRF), repeated by their hidden field. */
    static final String ANONYMOUS_CSRF_COOKIE = "portail_csrf";
    private static final String FLASH_COOKIE_PREFIX = "portail_flash_";
    private static final String CSRF_ATTRIBUTE = "portail.csrf";
    private static final String RENDERED_ATTRIBUTE = "portail.page";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Scripts and styles from the portal only, never inline; the captcha image is a {@code data:} URL. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /**
     * How the header names a connected user, whether they administer their partner, the service pages their rights
     * and conventions open (menus follow rights), and — for a partner user — their convention selection, read with
     * the rest so that the selector under a service page's title asks the database nothing more
     * ({@link ConventionSelector#view}).
     */
    public record Visitor(String name, boolean administrator, Set<ServicePage> services,
            Optional<SelectConvention.Selection> conventions) {

        public Visitor {
            services = Set.copyOf(services);
            Objects.requireNonNull(conventions, "conventions");
        }

        /** A visitor to whom no service page is open. */
        public Visitor(String name, boolean administrator) {
            this(name, administrator, Set.of(), Optional.empty());
        }
    }

    private static final String VISITOR_ATTRIBUTE = "portail.visiteur";

    private final Site site;
    private final Assets assets;
    private final SessionCookie sessions;
    private final Function<Principal, Visitor> visitors;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final SecureRandom random = new SecureRandom();

    public Pages(Site site, SessionCookie sessions, Function<Principal, Visitor> visitors) {
        this.site = site;
        this.assets = Assets.of(site);
        this.sessions = sessions;
        this.visitors = visitors;
    }

    public Site site() {
        return site;
    }

    public Assets assets() {
        return assets;
    }

    public SessionCookie sessions() {
        return sessions;
    }

    /** True for a request a browser makes for a page (not the JSON API). */
    public static boolean isPage(Context ctx) {
        return !ctx.path().startsWith("/api/");
    }

    /** True when an error of this request is best answered by a page rather than problem+json. */
    public static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return isPage(ctx) && accept != null && accept.contains("text/html");
    }

    // ---------------------------------------------------------------- rendering

    /** True when a page was rendered for this request (an error status it set is not Javalin's own). */
    public static boolean rendered(Context ctx) {
        return ctx.attribute(RENDERED_ATTRIBUTE) != null;
    }

    /** Renders a page with status 200; {@code params} are the template's, the layout's {@code page} is added. */
    public void render(Context ctx, String template, String title, Map<String, Object> params) {
        render(ctx, 200, template, title, params);
    }

    public void render(Context ctx, int status, String template, String title, Map<String, Object> params) {
        Object form = params.get("form");
        String shownTitle = form instanceof Form f && f.hasErrors() ? "Erreur : " + title : title;
        render(ctx, status, template, page(ctx, shownTitle, sessions.principal(ctx)), params);
    }

    private void render(Context ctx, int status, String template, Page page, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("page", page);
        // straight to UTF-8 bytes (the templates' static parts are compiled as bytes: binaryStaticContent)
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, all, output);
        ctx.attribute(RENDERED_ATTRIBUTE, template);
        ctx.status(status).contentType("text/html; charset=utf-8").header("Cache-Control", "no-store")
                .result(output.toByteArray());
    }

    /**
     * The connected user as the layout shows them, read once per request (header, menus and the convention selector
     * share it); empty for an anonymous visitor and for a user who must first change their password or accept the
     * CGU.
     */
    public Optional<Visitor> visitor(Context ctx) {
        Optional<Visitor> cached = ctx.attribute(VISITOR_ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        Optional<Visitor> visitor = sessions.principal(ctx).filter(p -> p.pendingObligation().isEmpty())
                .map(visitors);
        ctx.attribute(VISITOR_ATTRIBUTE, visitor);
        return visitor;
    }

    private Page page(Context ctx, String title, Optional<Principal> principal) {
        // drawn for the principal given: none for the page said while the database is down (unavailable)
        Optional<Visitor> visitor = principal.isEmpty() ? Optional.empty() : visitor(ctx);
        String connectedAs = principal.isEmpty() ? null
                : visitor.map(Visitor::name).orElse("utilisateur du portail");
        return new Page(site, title, assets, csrfToken(ctx, principal), principal.isPresent(),
                Optional.ofNullable(connectedAs), Menus.main(site, ctx.path(), visitor), Menus.footer(ctx.path()),
                takeFlash(ctx, "message"), visitor.map(Visitor::services).orElse(Set.of()));
    }

    /** The PNG as a {@code data:} URL, for an image that needs no request of its own (a captcha's). */
    public static String pngDataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** 303 to a page (the GET after a POST). */
    public static void redirect(Context ctx, String path) {
        ctx.status(303).header("Location", path).header("Cache-Control", "no-store");
    }

    /** 303 to a page that shows this success message once. */
    public void redirect(Context ctx, String path, String message) {
        flash(ctx, "message", message);
        redirect(ctx, path);
    }

    // ---------------------------------------------------------------- one-time values across the redirect

    /** Keeps a short text for the next page only (an HttpOnly, SameSite=Strict cookie of one minute). */
    public void flash(Context ctx, String key, String text) {
        Cookie cookie = new Cookie(FLASH_COOKIE_PREFIX + key,
                Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        cookie.setHttpOnly(true);
        cookie.setSecure(SessionCookie.isHttps(ctx));
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        cookie.setMaxAge(60);
        ctx.cookie(cookie);
    }

    /** The text kept by {@link #flash} for this page, removed as it is read. */
    public Optional<String> takeFlash(Context ctx, String key) {
        String raw = ctx.cookie(FLASH_COOKIE_PREFIX + key);
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        ctx.removeCookie(FLASH_COOKIE_PREFIX + key, "/");
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- CSRF of the forms

    /** The token the forms of this page carry: the session's when logged in, else the anonymous pre-session one. */
    public String csrfToken(Context ctx) {
        return csrfToken(ctx, sessions.principal(ctx));
    }

    private String csrfToken(Context ctx, Optional<Principal> principal) {
        if (principal.isPresent()) {
            return principal.get().csrfToken();
        }
        String cached = ctx.attribute(CSRF_ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String token = ctx.cookie(ANONYMOUS_CSRF_COOKIE);
        if (token == null || token.length() < 32) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Cookie cookie = new Cookie(ANONYMOUS_CSRF_COOKIE, token);
            cookie.setHttpOnly(true);
            cookie.setSecure(SessionCookie.isHttps(ctx));
            cookie.setSameSite(SameSite.STRICT);
            cookie.setPath("/");
            ctx.cookie(cookie);
        }
        ctx.attribute(CSRF_ATTRIBUTE, token);
        return token;
    }

    /**
     * Before a page's handler: a state-changing request must come from this site and repeat its form token in the
     * hidden field. Otherwise the 403 page (or the session-expired page when the session it was made in is gone).
     */
    public boolean allows(Context ctx) {
        if (SAFE_METHODS.contains(ctx.method().name())) {
            return true;
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("X-Forwarded-Host") != null ? ctx.header("X-Forwarded-Host") : ctx.host();
        boolean sameOrigin = origin == null || origin.equals("http://" + host) || origin.equals("https://" + host);
        String sent = ctx.formParam(CSRF_FIELD);
        Optional<Principal> principal = sessions.principal(ctx);
        String expected = principal.map(Principal::csrfToken).orElseGet(() -> ctx.cookie(ANONYMOUS_CSRF_COOKIE));
        if (sameOrigin && sent != null && expected != null && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        String sessionCookie = ctx.cookie(SessionCookie.NAME);
        if (sameOrigin && principal.isEmpty() && sessionCookie != null && !sessionCookie.isEmpty()) {
            sessionExpired(ctx);
        } else {
            error(ctx, 403, "Cette action n'a pas pu être vérifiée (jeton anti-falsification absent ou périmé). "
                    + "Rechargez la page du formulaire, puis recommencez.", Optional.empty());
        }
        return false;
    }

    // ---------------------------------------------------------------- error pages

    /** The page of an error status, in the layout, in French; never a stack trace. */
    public void error(Context ctx, int status) {
        error(ctx, status, defaultMessage(status), Optional.empty());
    }

    /** The page of an error status with the refusal's own message; the wait is added unless the message says it. */
    public void error(Context ctx, int status, String message, Optional<Duration> wait) {
        wait.ifPresent(w -> ctx.header("Retry-After", String.valueOf(Outcomes.seconds(w))));
        String waitText = wait.map(Pages::waitText).filter(text -> !message.contains("Réessayez dans")).orElse("");
        render(ctx, status, "errors/error.jte", title(status), Map.of("status", status, "message", message,
                "wait", waitText));
    }

    /**
     * The page said while the database cannot be reached (503, to come back after the wait). Who is logged in cannot be
     * read then, so it is drawn as for an anonymous visitor, without asking the database again.
     */
    public void unavailable(Context ctx, Duration wait) {
        ctx.header("Retry-After", String.valueOf(Outcomes.seconds(wait)));
        render(ctx, 503, "errors/error.jte", page(ctx, title(503), Optional.empty()), Map.of("status", 503,
                "message", "Le service est momentanément indisponible.", "wait", waitText(wait)));
    }

    /** A use case's refusal as its error page (the session-expired page when it says the session is gone). */
    public void refused(Context ctx, Outcome.Refused<?> refused) {
        switch (refused.reason()) {
            case UNAUTHENTICATED -> sessionExpired(ctx);
            case FORBIDDEN -> error(ctx, 403, refused.refusal().message(), Optional.empty());
            case NOT_FOUND -> error(ctx, 404, refused.refusal().message(), Optional.empty());
            case GONE -> error(ctx, 410, refused.refusal().message(), Optional.empty());
            case TOO_MANY_REQUESTS -> error(ctx, 429, refused.refusal().message(), refused.retryAfter());
            case CONFLICT, UNPROCESSABLE -> error(ctx, 422, refused.refusal().message(), Optional.empty());
        }
    }

    /**
     * A form's outcome, the same way on every page: done → {@code done} (usually a redirect with a message);
     * invalid → {@code again} with every error by its field; refused by a business rule (unprocessable, conflict) →
     * {@code again} with the refusal at the top of the form (key {@code ""}); any other refusal (not logged in, not
     * allowed, not found, gone, too many) → its error page.
     */
    public <T> void answerForm(Context ctx, Outcome<T> outcome, java.util.function.Consumer<T> done,
            java.util.function.Consumer<Map<String, List<String>>> again) {
        switch (outcome) {
            case Outcome.Done<T> ok -> done.accept(ok.value());
            case Outcome.Invalid<T> invalid -> again.accept(invalid.errors());
            case Outcome.Refused<T> refused when refused.reason() == Outcome.Reason.UNPROCESSABLE
                    || refused.reason() == Outcome.Reason.CONFLICT ->
                    again.accept(Map.of("", List.of(refused.refusal().message())));
            case Outcome.Refused<T> refused -> refused(ctx, refused);
        }
    }

    public void sessionExpired(Context ctx) {
        sessions.clear(ctx);
        render(ctx, 401, "errors/session-expired.jte", "Session expirée", Map.of());
    }

    /** The page a session's pending obligation sends it to, met in this order (spec §2.2). */
    public enum Obligation {
        /** An ordinary page: every obligation is met first. */
        NONE,
        /** The password page: open with a temporary password, and for an ordinary change. */
        PASSWORD_CHANGE,
        /** The usage rules' acceptance (CAF profile), once the password is no longer temporary. */
        USAGE_RULES
    }

    static final String PASSWORD_PAGE = "/compte/mot-de-passe";
    static final String USAGE_RULES_PAGE = "/compte/regles-usage";

    /**
     * The connected user, or empty after answering: to the login page when there was no session, to the
     * session-expired page when it has ended, to the password change while a temporary password is in use.
     */
    public Optional<Principal> requireLogin(Context ctx, boolean passwordChangeAllowed) {
        return requireLogin(ctx, passwordChangeAllowed ? Obligation.PASSWORD_CHANGE : Obligation.NONE);
    }

    /**
     * The connected user, or empty after answering: to the login page when there was no session, to the
     * session-expired page when it has ended; then, while the session owes something, to the page that meets it —
     * the password change while a temporary password is in use, then the usage rules to accept — unless this page
     * is that one.
     */
    public Optional<Principal> requireLogin(Context ctx, Obligation page) {
        Optional<Principal> principal = sessions.principal(ctx);
        if (principal.isEmpty()) {
            String cookie = ctx.cookie(SessionCookie.NAME);
            if (cookie != null && !cookie.isEmpty()) {
                sessionExpired(ctx);
            } else {
                redirect(ctx, "/connexion");
            }
            return Optional.empty();
        }
        Optional<String> owed = obligationPage(principal.get());
        String thisPage = switch (page) {
            case NONE -> "";
            case PASSWORD_CHANGE -> PASSWORD_PAGE;
            case USAGE_RULES -> USAGE_RULES_PAGE;
        };
        if (owed.isPresent() && !owed.get().equals(thisPage)) {
            redirect(ctx, owed.get());
            return Optional.empty();
        }
        return principal;
    }

    /** Where a session that owes something is sent: the password page first, then the usage rules. */
    public static Optional<String> obligationPage(Principal principal) {
        if (principal.mustChangePassword()) {
            return Optional.of(PASSWORD_PAGE);
        }
        return principal.mustAcceptRules() ? Optional.of(USAGE_RULES_PAGE) : Optional.empty();
    }

    static String waitText(Duration wait) {
        long seconds = Outcomes.seconds(wait);
        if (seconds < 60) {
            return "Réessayez dans " + seconds + (seconds > 1 ? " secondes." : " seconde.");
        }
        long minutes = (seconds + 59) / 60;
        return "Réessayez dans " + minutes + (minutes > 1 ? " minutes." : " minute.");
    }

    static String title(int status) {
        return switch (status) {
            case 403 -> "Accès refusé";
            case 404 -> "Page introuvable";
            case 410 -> "Page expirée";
            case 422 -> "Opération refusée";
            case 429 -> "Trop de tentatives";
            case 500 -> "Erreur du service";
            case 503 -> "Service momentanément indisponible";
            default -> "Erreur";
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 403 -> "Vous n'avez pas accès à cette page.";
            case 404 -> "La page demandée n'existe pas. Si vous avez saisi l'adresse, vérifiez-la.";
            case 410 -> "Cette page n'est plus disponible.";
            case 429 -> "Trop de tentatives en peu de temps.";
            case 500 -> "Une erreur inattendue est survenue. Réessayez plus tard ou contactez l'assistance.";
            default -> "La demande n'a pas pu aboutir.";
        };
    }
}
