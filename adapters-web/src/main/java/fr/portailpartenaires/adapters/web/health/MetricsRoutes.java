package fr.portailpartenaires.adapters.web.health;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.Problem;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** {@code GET /metrics}: Prometheus metrics for a scraper holding the configured bearer token (404 when none is set). */
public record MetricsRoutes(MetricsEndpoint endpoint) implements RouteGroup {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/metrics", this::metrics);
    }

    private void metrics(Context ctx) {
        if (endpoint.token().isEmpty()) {
            PortalApp.problem(ctx, Problem.notFound("La ressource demandée n'existe pas."));
            return;
        }
        String authorization = ctx.header("Authorization");
        String presented = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip()
                : "";
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                endpoint.token().get().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
            PortalApp.problem(ctx, new Problem("about:blank", "Authentification requise", 401,
                    "Les métriques sont réservées au collecteur muni du jeton configuré.", "metriques.jeton_invalide",
                    Map.of()));
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(PROMETHEUS_TEXT).result(endpoint.scrape().get());
    }
}
