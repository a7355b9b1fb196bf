package fr.portailpartenaires.adapters.web.convention;

import static fr.portailpartenaires.adapters.web.convention.ConventionIds.withId;

import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.convention.ManageConventions;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The partner's Conventions tab (spec §3.3), and the caisse's changes to a validated convention. */
public record ConventionRoutes(ManageConventions conventions, SessionCookie sessions) implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/partenaire/conventions", this::list);
        routes.post("/api/partenaire/conventions", this::request);
        routes.put("/api/partenaire/conventions/{id}", this::modify);
        routes.put("/api/caisse/conventions/{id}", this::modify);
    }

    private void list(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, conventions.list(principal)));
    }

    private void request(Context ctx) {
        Requests.withPrincipalAndBody(ctx, sessions, ManageConventions.ConventionRequest.class, (principal, form) ->
                Outcomes.respond(ctx, conventions.request(principal, form, ctx.ip()), 201, ctx::json));
    }

    /** A partner is always refused (a validated convention is its caisse's to change); the caisse may. */
    private void modify(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.body(ctx, ManageConventions.ConventionChange.class).ifPresent(change ->
                        Outcomes.respond(ctx, conventions.modify(principal, id, change, ctx.ip())))));
    }
}
