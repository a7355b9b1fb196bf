package fr.portailpartenaires.adapters.web.habilitation;

import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.CONVENTIONS;
import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.withConvention;
import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.withPathId;

import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.habilitation.GrantAfasRoles;
import fr.portailpartenaires.application.habilitation.SearchAfasHabilitations;
import fr.portailpartenaires.domain.habilitation.GrantId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * « Habilitations d'action sociale » of a partner's AFAS convention under
 * {@code /api/partenaire/conventions-afas/{id}/habilitations} (spec §6.4): the search by état, the grants and their end.
 */
public record AfasHabilitationRoutes(GrantAfasRoles grants, SearchAfasHabilitations search, SessionCookie sessions)
        implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(CONVENTIONS + "/{id}/habilitations", this::search);
        routes.post(CONVENTIONS + "/{id}/habilitations", this::grant);
        routes.post(CONVENTIONS + "/{id}/habilitations/{habilitation}/fin", this::end);
    }

    private void search(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id -> {
            String lieux = ctx.queryParam("lieux");
            Outcomes.respond(ctx, search.search(principal, id, new SearchAfasHabilitations.SearchForm(
                    ctx.queryParams("etat"), ctx.queryParam("utilisateur"), ctx.queryParam("role"),
                    ctx.queryParam("activite"), ctx.queryParam("type"), ctx.queryParam("nature"),
                    lieux == null || lieux.isBlank() ? null : !("non".equalsIgnoreCase(lieux)
                            || "false".equalsIgnoreCase(lieux)))), 200,
                    result -> ctx.json(AfasLabels.SearchResultJson.of(result)));
        }));
    }

    private void grant(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Requests.command(ctx, AfasJson.GrantJson.class, form ->
                        Outcomes.respond(ctx, grants.grant(principal, id, form, ctx.ip()), 201,
                                made -> ctx.json(AfasLabels.GrantsMadeJson.of(made))))));
    }

    private void end(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                withPathId(ctx, "habilitation", GrantId::new, grant ->
                        Requests.command(ctx, AfasJson.GrantEndJson.class, form ->
                                Outcomes.respond(ctx, grants.endGrant(principal, id, grant, form, ctx.ip()), 200,
                                        line -> ctx.json(AfasLabels.GrantLineJson.of(line)))))));
    }
}
