package fr.portailpartenaires.adapters.web.habilitation;

import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.CAF_CONVENTIONS;
import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.withConvention;
import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.withPathId;

import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventions;
import fr.portailpartenaires.application.habilitation.ValidateAfasApprovers;
import fr.portailpartenaires.domain.habilitation.ValidationRequestId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * The CAF's back-office of the AFAS service under {@code /api/caf/} (spec §6.1, §6.2, §6.4): its conventions and
 * their groups, and the validation of the approvers the partners name.
 */
public record CafAfasRoutes(AdministerAfasConventions conventions, ValidateAfasApprovers approvers,
        SessionCookie sessions) implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(CAF_CONVENTIONS, this::list);
        routes.post(CAF_CONVENTIONS, this::create);
        routes.post(CAF_CONVENTIONS + "/{id}/groupes", this::openGroups);
        routes.get("/api/caf/demandes-validation", this::pending);
        routes.post(CAF_CONVENTIONS + "/{id}/demandes-validation/{demande}/validation", this::validate);
    }

    private void list(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, conventions.list(principal), 200,
                views -> ctx.json(AfasLabels.ConventionJson.of(views))));
    }

    private void create(Context ctx) {
        Requests.withPrincipalAndCommand(ctx, sessions, AfasJson.NewConventionJson.class,
                (principal, form) -> Outcomes.respond(ctx, conventions.create(principal, form, ctx.ip()), 201,
                        created -> ctx.json(AfasLabels.ConventionJson.of(created))));
    }

    private void openGroups(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Requests.command(ctx, AfasJson.GroupsJson.class, form ->
                        Outcomes.respond(ctx, conventions.openGroups(principal, id, form, ctx.ip()), 201,
                                groups -> ctx.json(AfasLabels.GroupJson.of(groups))))));
    }

    private void pending(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal ->
                Outcomes.respond(ctx, approvers.pendingApprovers(principal)));
    }

    private void validate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                withPathId(ctx, "demande", ValidationRequestId::new, request ->
                        Requests.command(ctx, AfasJson.ApproverValidationJson.class, form ->
                                Outcomes.respond(ctx, approvers.validateApprover(principal, id, request, form,
                                        ctx.ip()))))));
    }
}
