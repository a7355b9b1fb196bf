package fr.portailpartenaires.adapters.web.convention;

import static fr.portailpartenaires.adapters.web.convention.ConventionIds.withId;

import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.convention.ManageConventions;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The partner's Conventions tab (spec §3.3), and the caisse's changes to a validated convention. */
public record ConventionRoutes(ManageConventions conventions, SessionCookie sessions) implements RouteGroup {

    /** The body of {@code POST /api/partenaire/conventions}. */
    record ConventionRequestJson(String regime, String caisse, String codeConvention, String typePartenaire)
            implements JsonBody<ManageConventions.ConventionRequest> {

        @Override
        public ManageConventions.ConventionRequest command(JsonFields fields) {
            return new ManageConventions.ConventionRequest(regime, caisse, codeConvention, typePartenaire);
        }
    }

    /** The body of {@code PUT /api/caisse/conventions/{id}}. */
    record ConventionChangeJson(String codeConvention, String typePartenaire)
            implements JsonBody<ManageConventions.ConventionChange> {

        @Override
        public ManageConventions.ConventionChange command(JsonFields fields) {
            return new ManageConventions.ConventionChange(codeConvention, typePartenaire);
        }
    }

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
        Requests.withPrincipalAndCommand(ctx, sessions, ConventionRequestJson.class, (principal, form) ->
                Outcomes.respond(ctx, conventions.request(principal, form, ctx.ip()), 201, ctx::json));
    }

    /** A partner is always refused (a validated convention is its caisse's to change); the caisse may. */
    private void modify(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.command(ctx, ConventionChangeJson.class, change ->
                        Outcomes.respond(ctx, conventions.modify(principal, id, change, ctx.ip())))));
    }
}
