package fr.portailpartenaires.adapters.web.habilitation;

import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.CONVENTIONS;
import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.withConvention;
import static fr.portailpartenaires.adapters.web.habilitation.AfasPaths.withPathId;

import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.habilitation.ManageAfasMemberships;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers;
import fr.portailpartenaires.domain.user.UserId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * « Liste des utilisateurs » of a partner's AFAS convention under {@code /api/partenaire/conventions-afas/{id}/}
 * (spec §6.3): its users and their memberships of the groups AFAS-HAB and AFAS-DEC.
 */
public record AfasUserRoutes(ManageAfasUsers users, ManageAfasMemberships memberships, SessionCookie sessions)
        implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(CONVENTIONS + "/{id}/utilisateurs", this::list);
        routes.post(CONVENTIONS + "/{id}/utilisateurs", this::create);
        routes.get(CONVENTIONS + "/{id}/utilisateurs/{utilisateur}", this::detail);
        routes.put(CONVENTIONS + "/{id}/utilisateurs/{utilisateur}", this::modify);
        routes.post(CONVENTIONS + "/{id}/utilisateurs/{utilisateur}/cloture", this::close);
        routes.post(CONVENTIONS + "/{id}/appartenances", this::addMembership);
        routes.post(CONVENTIONS + "/{id}/appartenances/cloture", this::closeMembership);
    }

    private void list(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Outcomes.respond(ctx, users.users(principal, id, new ManageAfasUsers.UserFilter(
                        ctx.queryParam("identifiant"), ctx.queryParam("nom"), ctx.queryParam("prenom"),
                        ctx.queryParam("groupe"))), 200, views -> ctx.json(AfasLabels.UserViewJson.of(views)))));
    }

    private void create(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Requests.command(ctx, AfasJson.UserJson.class, form ->
                        Outcomes.respond(ctx, users.createUser(principal, id, form, ctx.ip()), 201,
                                created -> ctx.json(AfasLabels.UserViewJson.of(created))))));
    }

    private void detail(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                withPathId(ctx, "utilisateur", UserId::new, user ->
                        Outcomes.respond(ctx, users.user(principal, id, user), 200,
                                detail -> ctx.json(AfasLabels.UserDetailJson.of(detail))))));
    }

    private void modify(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                withPathId(ctx, "utilisateur", UserId::new, user ->
                        Requests.command(ctx, AfasJson.UserJson.class, form ->
                                Outcomes.respond(ctx, users.modifyUser(principal, id, user, form, ctx.ip()), 200,
                                        modified -> ctx.json(AfasLabels.UserViewJson.of(modified)))))));
    }

    private void close(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                withPathId(ctx, "utilisateur", UserId::new, user ->
                        Requests.command(ctx, AfasJson.UserClosingJson.class, form ->
                                Outcomes.respond(ctx, users.closeUser(principal, id, user, form, ctx.ip()), 200,
                                        closed -> ctx.json(AfasLabels.UserViewJson.of(closed)))))));
    }

    private void addMembership(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Requests.command(ctx, AfasJson.MembershipJson.class, form ->
                        Outcomes.respond(ctx, memberships.addMembership(principal, id, form, ctx.ip()), 201,
                                detail -> ctx.json(AfasLabels.UserDetailJson.of(detail))))));
    }

    private void closeMembership(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Requests.command(ctx, AfasJson.MembershipClosingJson.class, form ->
                        Outcomes.respond(ctx, memberships.closeMembership(principal, id, form, ctx.ip()), 200,
                                detail -> ctx.json(AfasLabels.UserDetailJson.of(detail))))));
    }
}
