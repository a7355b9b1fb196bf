package fr.portailpartenaires.adapters.web.habilitation;

import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.CONVENTIONS;
import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.withConvention;

import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * « Consulter les conventions » under {@code /api/partenaire/conventions-afas/} (spec §6.1): the partner's AFAS
 * conventions, the detail of one and its PDF.
 */
public record AfasConventionRoutes(ConsultAfasConventions conventions, SessionCookie sessions) implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(CONVENTIONS, this::list);
        routes.get(CONVENTIONS + "/{id}", this::detail);
        routes.get(CONVENTIONS + "/{id}/pdf", this::pdf);
    }

    private void list(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, conventions.conventions(
                principal, new ConsultAfasConventions.ConventionFilter(ctx.queryParam("libelle"),
                        ctx.queryParam("cafPivot"))), 200,
                views -> ctx.json(AfasLabels.ConventionJson.of(views.stream()
                        .filter(view -> AfasLabels.statutContains(view, ctx.queryParam("statut"))
                                && AfasLabels.etatContains(view, ctx.queryParam("etat"))).toList()))));
    }

    private void detail(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Outcomes.respond(ctx, conventions.convention(principal, id), 200,
                        detail -> ctx.json(AfasLabels.ConventionDetailJson.of(detail)))));
    }

    /** « Télécharger PDF ». */
    private void pdf(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Outcomes.respond(ctx, conventions.convention(principal, id), 200, detail -> {
                    ctx.contentType("application/pdf");
                    ctx.header("Content-Disposition", "attachment; filename=\"convention-afas.pdf\"");
                    ctx.result(AfasConventionPdf.render(detail));
                })));
    }
}
