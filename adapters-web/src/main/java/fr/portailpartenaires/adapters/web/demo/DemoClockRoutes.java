package fr.portailpartenaires.adapters.web.demo;

import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.demo.AdvanceDemoClock;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The demonstration's clock: read it, move it forward by days ({@code {"jours": 61}}). */
public record DemoClockRoutes(AdvanceDemoClock clock, SessionCookie sessions) implements RouteGroup {

    record Advance(Integer jours) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/caisse/demo/horloge", this::read);
        routes.post("/api/caisse/demo/horloge", this::advance);
    }

    private void read(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, clock.clock(principal)));
    }

    private void advance(Context ctx) {
        Requests.withPrincipalAndBody(ctx, sessions, Advance.class, (principal, request) ->
                Outcomes.respond(ctx, clock.advance(principal, request.jours(), ctx.ip())));
    }
}
