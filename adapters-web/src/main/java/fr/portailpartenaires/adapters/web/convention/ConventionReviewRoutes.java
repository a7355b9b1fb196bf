package fr.portailpartenaires.adapters.web.convention;

import static fr.portailpartenaires.adapters.web.convention.ConventionIds.withId;

import fr.portailpartenaires.adapters.web.InvalidationJson;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.convention.ReviewConventionRequests;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The caisse's review of the convention requests made with it (spec §3.3, §3.4). */
public record ConventionReviewRoutes(ReviewConventionRequests review, SessionCookie sessions) implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/caisse/conventions", this::pending);
        routes.post("/api/caisse/conventions/{id}/validation", this::validate);
        routes.post("/api/caisse/conventions/{id}/invalidation", this::invalidate);
    }

    private void pending(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal ->
                Outcomes.respond(ctx, review.pendingRequests(principal, ConventionIds.parse(ctx.queryParam("apres")),
                        Requests.limitOr(ctx, 20))));
    }

    private void validate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Outcomes.respond(ctx, review.validateRequest(principal, id, ctx.ip()))));
    }

    private void invalidate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.body(ctx, InvalidationJson.class).ifPresent(request ->
                        Outcomes.respond(ctx, review.invalidateRequest(principal, id, request.motif(), ctx.ip())))));
    }
}
