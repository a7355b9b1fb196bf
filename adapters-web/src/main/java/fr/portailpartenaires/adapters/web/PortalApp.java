package fr.portailpartenaires.adapters.web;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.handler.GracefulHandler;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.adapters.web.pages.Site;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the portal's HTTP server: JSON API and pages, security headers, problem+json errors or error pages. */
public final class PortalApp {

    private static final Logger LOG = LoggerFactory.getLogger(PortalApp.class);

    /** How long a stopping server waits for the requests in flight to be answered. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private PortalApp() {
    }

    /**
     * A configured, not yet started, Javalin server serving the given route groups (one per feature).
     *
     * @param sessions resolves the session cookie of each request (the guard and the routes share it)
     */
    public static Javalin create(SessionCookie sessions, List<RouteGroup> groups) {
        return create(sessions, groups, route -> { });
    }

    /** @param onRoute told of every route as it is added (the OpenAPI document is checked against them) */
    public static Javalin create(SessionCookie sessions, List<RouteGroup> groups,
            Consumer<HandlerMetaInfo> onRoute) {
        return create(sessions, groups, new Pages(Site.of(Site.Profile.PPAS), sessions,
                principal -> new Pages.Visitor("utilisateur du portail", false)), onRoute);
    }

    /** @param pages the pages' layout, form guard and error pages (the page route groups are among {@code groups}) */
    public static Javalin create(SessionCookie sessions, List<RouteGroup> groups, Pages pages) {
        return create(sessions, groups, pages, route -> { });
    }

    public static Javalin create(SessionCookie sessions, List<RouteGroup> groups, Pages pages,
            Consumer<HandlerMetaInfo> onRoute) {
        return create(sessions, groups, pages, ClientAddress.direct(), onRoute);
    }

    /** @param clients where the client's address is read (behind trusted proxies: {@code X-Forwarded-For}) */
    public static Javalin create(SessionCookie sessions, List<RouteGroup> groups, Pages pages,
            ClientAddress clients) {
        return create(sessions, groups, pages, clients, route -> { });
    }

    /**
     * @param clients where the client's address is read (behind trusted proxies: {@code X-Forwarded-For})
     * @param onRoute told of every route as it is added
     */
    public static Javalin create(SessionCookie sessions, List<RouteGroup> groups, Pages pages,
            ClientAddress clients, Consumer<HandlerMetaInfo> onRoute) {
        // strict reading: a body is one JSON value, each key once — `{"login":…} }]garbage` and a key sent twice (which
        // one would count?) are refused as malformed, as a stricter parser in front of the service would refuse them
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // ctx.ip() is the client's address for every per-address rule and the audit trail
            config.contextResolver.ip = clients::of;
            config.http.maxRequestSize = EdgeProblems.MAX_BODY_BYTES;
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrorHandler());
                // A stop (SIGTERM: Main's shutdown hook) closes the connectors at once, then lets the requests in
                // flight be answered, for STOP_TIMEOUT at most; without these, Jetty cut them off unanswered.
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
            });
            // Answers over 1,500 bytes (the pages) are gzipped as they are sent. Level 1, not Javalin's default 6:
            // a 5 KB page deflates in ~18 µs instead of ~30 µs for ~10 % more bytes (1.7 KB instead of 1.6 KB); at 6
            // the pages reached only 0.6–0.8 of their JSON API's requests/s (issue 17, docs/benchmarks.md "Pages").
            config.http.compressionStrategy = new CompressionStrategy(null, new Gzip(1));
            config.events.handlerAdded(onRoute);
            config.jsonMapper(new JavalinJackson(mapper, false));
            Guard guard = new Guard(sessions);
            config.routes.before(ctx -> {
                securityHeaders(ctx);
                CachePolicy.noStoreOnTheApi(ctx);
                boolean page = Pages.isPage(ctx);
                if (page) {
                    ctx.header("Content-Security-Policy", Pages.CONTENT_SECURITY_POLICY);
                }
                if (!(page ? pages.allows(ctx) : guard.allows(ctx))) {
                    readUnreadBody(ctx);
                    ctx.skipRemainingHandlers();
                }
            });
            config.routes.after(PortalApp::readUnreadBody);
            pages.assets().register(config.routes);
            groups.forEach(group -> group.register(config.routes));
            new ApiDocs().register(config);
            config.routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
                String written = ctx.res().getContentType();
                if (Pages.wantsHtml(ctx) && !Pages.rendered(ctx)) {
                    pages.error(ctx, 404);
                } else if (!Pages.wantsHtml(ctx) && (written == null || !written.startsWith(Problem.CONTENT_TYPE))) {
                    problem(ctx, Problem.notFound("La ressource demandée n'existe pas."));
                }
            });
            // Javalin's own refusals (a body over the limit, a method the route does not take…) in French
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                Problem problem = EdgeProblems.of(e.getStatus());
                if (Pages.wantsHtml(ctx)) {
                    pages.error(ctx, problem.status(), problem.detail(), java.util.Optional.empty());
                } else {
                    problem(ctx, problem);
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (DatabaseUnavailable.causes(e)) {
                    LOG.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                    if (Pages.wantsHtml(ctx)) {
                        pages.unavailable(ctx, DatabaseUnavailable.RETRY_AFTER);
                    } else {
                        ctx.header("Retry-After", String.valueOf(Outcomes.seconds(DatabaseUnavailable.RETRY_AFTER)));
                        problem(ctx, EdgeProblems.of(503));
                    }
                    return;
                }
                LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                if (Pages.wantsHtml(ctx)) {
                    pages.error(ctx, 500);
                    return;
                }
                problem(ctx, Problem.of(500, "Erreur interne",
                        "Une erreur inattendue est survenue. Réessayez plus tard ou contactez l'assistance."));
            });
        });
    }

    /**
     * On every answer: CSP (no framing, same-origin resources only), no MIME sniffing, no referrer to other
     * sites, no browser feature the portal does not use; HSTS only over HTTPS (sent over plain HTTP it
     * would be meaningless, and a development server on http://localhost must stay reachable).
     */
    static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy",
                "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", PERMISSIONS_POLICY);
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (SessionCookie.isHttps(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    /**
     * Reads what is left of a request's body (a declared length within the limit) before the answer goes: an answer
     * given without reading it — a 401 before the form is read, a 403 of the guard, a 404 of an unknown address — would
     * otherwise make Jetty close the connection while the client may still be sending, and the client lose the answer
     * (a reset) or the connection it meant to reuse.
     */
    static void readUnreadBody(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length <= 0 || length > EdgeProblems.MAX_BODY_BYTES) {
            return;
        }
        try {
            ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException | IllegalStateException e) {
            LOG.debug("Could not read the rest of the body of {} {}", ctx.method(), ctx.path(), e);
        }
    }

    /** An error of the API as problem+json, never kept by a cache (even on a route whose answers may be). */
    public static void problem(Context ctx, Problem problem) {
        CachePolicy.noStore(ctx);
        ctx.status(problem.status()).json(problem).contentType(Problem.CONTENT_TYPE);
    }
}
