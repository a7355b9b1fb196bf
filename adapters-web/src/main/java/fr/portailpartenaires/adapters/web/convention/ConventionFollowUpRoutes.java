package fr.portailpartenaires.adapters.web.convention;

import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.convention.FollowCaisseConventions;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The caisse follows all its conventions, by partner type and état (spec §3.4). */
public record ConventionFollowUpRoutes(FollowCaisseConventions follow, SessionCookie sessions) implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/caisse/suivi/conventions", this::conventions);
    }

    private void conventions(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, follow.conventions(principal,
                new FollowCaisseConventions.Filter(ctx.queryParam("typePartenaire"), ctx.queryParam("etat")),
                ConventionIds.parse(ctx.queryParam("apres")), Requests.limitOr(ctx, 20))));
    }
}
