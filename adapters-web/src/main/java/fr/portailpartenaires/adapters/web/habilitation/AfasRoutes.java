package fr.portailpartenaires.adapters.web.habilitation;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventions;
import fr.portailpartenaires.application.habilitation.ManageAfasHabilitations;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.GrantId;
import fr.portailpartenaires.domain.habilitation.ValidationRequestId;
import fr.portailpartenaires.domain.user.UserId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The AFAS service of the CAF profile (spec §6): the CAF's back-office under {@code /api/caf/} and the partner's
 * conventions, users, groups and role grants under {@code /api/partenaire/conventions-afas/}.
 */
public final class AfasRoutes implements RouteGroup {

    private static final String CONVENTIONS = "/api/partenaire/conventions-afas";
    private static final String CAF_CONVENTIONS = "/api/caf/conventions-afas";

    private final AdministerAfasConventions caf;
    private final ManageAfasHabilitations partner;
    private final SessionCookie sessions;

    public AfasRoutes(AdministerAfasConventions caf, ManageAfasHabilitations partner, SessionCookie sessions) {
        this.caf = caf;
        this.partner = partner;
        this.sessions = sessions;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(CAF_CONVENTIONS, this::cafList);
        routes.post(CAF_CONVENTIONS, this::cafCreate);
        routes.post(CAF_CONVENTIONS + "/{id}/groupes", this::cafGroups);
        routes.get("/api/caf/demandes-validation", this::cafPending);
        routes.post(CAF_CONVENTIONS + "/{id}/demandes-validation/{demande}/validation", this::cafValidate);
        routes.get(CONVENTIONS, this::conventions);
        routes.get(CONVENTIONS + "/{id}", this::convention);
        routes.get(CONVENTIONS + "/{id}/pdf", this::pdf);
        routes.get(CONVENTIONS + "/{id}/utilisateurs", this::users);
        routes.post(CONVENTIONS + "/{id}/utilisateurs", this::createUser);
        routes.get(CONVENTIONS + "/{id}/utilisateurs/{utilisateur}", this::user);
        routes.put(CONVENTIONS + "/{id}/utilisateurs/{utilisateur}", this::modifyUser);
        routes.post(CONVENTIONS + "/{id}/utilisateurs/{utilisateur}/cloture", this::closeUser);
        routes.post(CONVENTIONS + "/{id}/appartenances", this::addMembership);
        routes.post(CONVENTIONS + "/{id}/appartenances/cloture", this::closeMembership);
        routes.get(CONVENTIONS + "/{id}/habilitations", this::search);
        routes.post(CONVENTIONS + "/{id}/habilitations", this::grant);
        routes.post(CONVENTIONS + "/{id}/habilitations/{habilitation}/fin", this::endGrant);
    }

    // ---------------------------------------------------------------- the CAF

    private void cafList(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, caf.list(principal)));
    }

    private void cafCreate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal ->
                Requests.body(ctx, AdministerAfasConventions.NewConventionForm.class).ifPresent(form ->
                        Outcomes.respond(ctx, caf.create(principal, form, ctx.ip()), 201, ctx::json)));
    }

    private void cafGroups(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Requests.body(ctx, AdministerAfasConventions.GroupsForm.class).ifPresent(form ->
                        Outcomes.respond(ctx, caf.openGroups(principal, id, form, ctx.ip()), 201, ctx::json))));
    }

    private void cafPending(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, caf.pendingApprovers(principal)));
    }

    private void cafValidate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                withPathId(ctx, "demande", ValidationRequestId::new, request ->
                        Requests.body(ctx, AdministerAfasConventions.ApproverValidationForm.class).ifPresent(form ->
                                Outcomes.respond(ctx, caf.validateApprover(principal, id, request, form,
                                        ctx.ip()))))));
    }

    // ---------------------------------------------------------------- the partner

    private void conventions(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, partner.conventions(principal,
                new ManageAfasHabilitations.ConventionFilter(ctx.queryParam("libelle"), ctx.queryParam("statut"),
                        ctx.queryParam("cafPivot"), ctx.queryParam("etat")))));
    }

    private void convention(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Outcomes.respond(ctx, partner.convention(principal, id))));
    }

    /** « Télécharger PDF ». */
    private void pdf(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Outcomes.respond(ctx, partner.convention(principal, id), 200, detail -> {
                    ctx.contentType("application/pdf");
                    ctx.header("Content-Disposition", "attachment; filename=\"convention-afas.pdf\"");
                    ctx.result(AfasConventionPdf.render(detail));
                })));
    }

    private void users(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Outcomes.respond(ctx, partner.users(principal, id, new ManageAfasHabilitations.UserFilter(
                        ctx.queryParam("identifiant"), ctx.queryParam("nom"), ctx.queryParam("prenom"),
                        ctx.queryParam("groupe"))))));
    }

    private void createUser(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Requests.body(ctx, ManageAfasHabilitations.NewUserForm.class).ifPresent(form ->
                        Outcomes.respond(ctx, partner.createUser(principal, id, form, ctx.ip()), 201, ctx::json))));
    }

    private void modifyUser(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                withPathId(ctx, "utilisateur", UserId::new, user ->
                        Requests.body(ctx, ManageAfasHabilitations.NewUserForm.class).ifPresent(form ->
                                Outcomes.respond(ctx, partner.modifyUser(principal, id, user, form, ctx.ip()))))));
    }

    private void closeUser(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                withPathId(ctx, "utilisateur", UserId::new, user ->
                        Requests.body(ctx, ManageAfasHabilitations.UserClosingForm.class).ifPresent(form ->
                                Outcomes.respond(ctx, partner.closeUser(principal, id, user, form, ctx.ip()))))));
    }

    private void user(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                withPathId(ctx, "utilisateur", UserId::new, user ->
                        Outcomes.respond(ctx, partner.user(principal, id, user)))));
    }

    private void addMembership(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Requests.body(ctx, ManageAfasHabilitations.MembershipForm.class).ifPresent(form ->
                        Outcomes.respond(ctx, partner.addMembership(principal, id, form, ctx.ip()), 201, ctx::json))));
    }

    private void closeMembership(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Requests.body(ctx, ManageAfasHabilitations.MembershipClosingForm.class).ifPresent(form ->
                        Outcomes.respond(ctx, partner.closeMembership(principal, id, form, ctx.ip())))));
    }

    private void search(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id -> {
            String lieux = ctx.queryParam("lieux");
            Outcomes.respond(ctx, partner.search(principal, id, new ManageAfasHabilitations.SearchForm(
                    ctx.queryParams("etat"), ctx.queryParam("utilisateur"), ctx.queryParam("role"),
                    ctx.queryParam("activite"), ctx.queryParam("type"), ctx.queryParam("nature"),
                    lieux == null || lieux.isBlank() ? null : !("non".equalsIgnoreCase(lieux)
                            || "false".equalsIgnoreCase(lieux)))));
        }));
    }

    private void grant(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                Requests.body(ctx, ManageAfasHabilitations.GrantForm.class).ifPresent(form ->
                        Outcomes.respond(ctx, partner.grant(principal, id, form, ctx.ip()), 201, ctx::json))));
    }

    private void endGrant(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withConvention(ctx, id ->
                withPathId(ctx, "habilitation", GrantId::new, grant ->
                        Requests.body(ctx, ManageAfasHabilitations.GrantEndForm.class).ifPresent(form ->
                                Outcomes.respond(ctx, partner.endGrant(principal, id, grant, form, ctx.ip()))))));
    }

    // ---------------------------------------------------------------- path ids

    private static void withConvention(Context ctx, Consumer<AfasConventionId> action) {
        withPathId(ctx, "id", AfasConventionId::new, action);
    }

    /** The path parameter as an id, or a 404 problem when it is not one (nothing can have that id). */
    private static <T> void withPathId(Context ctx, String name, Function<UUID, T> toId, Consumer<T> action) {
        Optional<UUID> id;
        try {
            id = Optional.of(UUID.fromString(ctx.pathParam(name).strip()));
        } catch (IllegalArgumentException e) {
            id = Optional.empty();
        }
        if (id.isEmpty()) {
            PortalApp.problem(ctx, new Problem("about:blank", "Ressource introuvable", 404,
                    "La ressource demandée n'existe pas.", "ressource.introuvable", Map.of()));
            return;
        }
        action.accept(toId.apply(id.get()));
    }
}
