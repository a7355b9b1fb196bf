package fr.portailpartenaires.adapters.web.health;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.application.health.CheckHealth;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;

/** {@code /health} (readiness, with the database check) and {@code /health/live} (liveness). */
public record HealthRoutes(CheckHealth health) implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/health", this::readiness);
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
    }

    private void readiness(Context ctx) {
        CheckHealth.Health report = health.check();
        ctx.status(report.ready() ? 200 : 503)
                .json(new HealthBody(report.ready() ? "UP" : "DOWN", report.checks()));
    }

    record HealthBody(String status, Map<String, Boolean> checks) {
    }
}
