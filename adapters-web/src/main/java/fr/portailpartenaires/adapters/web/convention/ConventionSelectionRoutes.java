package fr.portailpartenaires.adapters.web.convention;

import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.convention.SelectConvention;
import fr.portailpartenaires.domain.convention.ConventionId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The convention selector of the session (spec §3.3). */
public record ConventionSelectionRoutes(SelectConvention selection, SessionCookie sessions) implements RouteGroup {

    /** The body: the identifier of the convention to work on; a text that is none is the field's error. */
    record SelectionRequest(String convention) implements JsonBody<ConventionId> {

        @Override
        public ConventionId command(JsonFields fields) {
            Optional<ConventionId> id = ConventionIds.parse(convention);
            if (id.isEmpty()) {
                fields.add("convention", "Choisissez une convention (son identifiant).");
            }
            return id.orElse(null);
        }
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/session/convention", this::selection);
        routes.put("/api/session/convention", this::select);
    }

    private void selection(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal ->
                Outcomes.respond(ctx, selection.selection(principal), 200, chosen -> ctx.json(json(chosen))));
    }

    private void select(Context ctx) {
        Requests.withPrincipalAndCommand(ctx, sessions, SelectionRequest.class, (principal, id) ->
                Outcomes.respond(ctx, selection.select(principal, id), 200, chosen -> ctx.json(json(chosen))));
    }

    private static Map<String, Object> json(SelectConvention.Selection chosen) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("selection", chosen.selected().orElse(null));
        body.put("choix", chosen.choices());
        return body;
    }
}
