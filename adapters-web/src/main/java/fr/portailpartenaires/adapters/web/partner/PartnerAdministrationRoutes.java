package fr.portailpartenaires.adapters.web.partner;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.AddressJson;
import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.partner.AdministerMyPartner;
import fr.portailpartenaires.application.partner.ManagePartnerUsers;
import fr.portailpartenaires.domain.user.UserId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.function.Consumer;

/**
 * The partner's administration by its administrators (spec §3.1, §3.2, seed « Modification inscription »):
 * its data and address, its users and their administrator rights. Who may do what is the use cases' call.
 */
public record PartnerAdministrationRoutes(AdministerMyPartner administration, ManagePartnerUsers users,
        SessionCookie sessions) implements RouteGroup {

    /** The body of {@code PUT /api/partenaire}. */
    record PartnerDataJson(String nomPartenaire, String siret, String telephone, String email)
            implements JsonBody<AdministerMyPartner.PartnerDataForm> {

        @Override
        public AdministerMyPartner.PartnerDataForm command(JsonFields fields) {
            return new AdministerMyPartner.PartnerDataForm(nomPartenaire, siret, telephone, email);
        }
    }

    /** The body of {@code POST /api/partenaire/utilisateurs}. */
    record NewUserJson(String nom, String prenom, String login, String telephone, String email, boolean administrateur)
            implements JsonBody<ManagePartnerUsers.NewUserForm> {

        @Override
        public ManagePartnerUsers.NewUserForm command(JsonFields fields) {
            return new ManagePartnerUsers.NewUserForm(nom, prenom, login, telephone, email, administrateur);
        }
    }

    /** The body of {@code PUT /api/partenaire/utilisateurs/{id}}. */
    record UserJson(String nom, String prenom, String telephone, String email, String login)
            implements JsonBody<ManagePartnerUsers.UserForm> {

        @Override
        public ManagePartnerUsers.UserForm command(JsonFields fields) {
            return new ManagePartnerUsers.UserForm(nom, prenom, telephone, email, login);
        }
    }

    private static final Problem USER_NOT_FOUND =
            Problem.notFound("Utilisateur introuvable.", "partenaire.utilisateur_introuvable");

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/partenaire/fiche", this::details);
        routes.put("/api/partenaire", this::modifyData);
        routes.put("/api/partenaire/adresse", this::modifyAddress);
        routes.get("/api/partenaire/utilisateurs", this::list);
        routes.post("/api/partenaire/utilisateurs", this::create);
        routes.put("/api/partenaire/utilisateurs/{id}", this::modify);
        routes.delete("/api/partenaire/utilisateurs/{id}", this::delete);
        routes.post("/api/partenaire/utilisateurs/{id}/administrateur", this::grant);
        routes.delete("/api/partenaire/utilisateurs/{id}/administrateur", this::revoke);
        routes.post("/api/partenaire/utilisateurs/{id}/renvoi-identifiant", this::resendLogin);
    }

    private void details(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, administration.details(principal)));
    }

    private void modifyData(Context ctx) {
        Requests.withPrincipalAndCommand(ctx, sessions, PartnerDataJson.class, (principal, form) ->
                Outcomes.respond(ctx, administration.modifyData(principal, form, ctx.ip())));
    }

    private void modifyAddress(Context ctx) {
        Requests.withPrincipalAndCommand(ctx, sessions, AddressJson.class, (principal, form) ->
                Outcomes.respond(ctx, administration.modifyAddress(principal, form, ctx.ip())));
    }

    private void list(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, users.list(principal)));
    }

    private void create(Context ctx) {
        Requests.withPrincipalAndCommand(ctx, sessions, NewUserJson.class, (principal, form) ->
                Outcomes.respond(ctx, users.create(principal, form, ctx.ip()), 201, ctx::json));
    }

    private void modify(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withUserId(ctx, id ->
                Requests.command(ctx, UserJson.class, form ->
                        Outcomes.respond(ctx, users.modify(principal, id, form, ctx.ip())))));
    }

    private void delete(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withUserId(ctx, id ->
                Outcomes.respond(ctx, users.delete(principal, id, ctx.ip()), 204, deleted -> { })));
    }

    private void grant(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withUserId(ctx, id ->
                Outcomes.respond(ctx, users.grantAdministration(principal, id, ctx.ip()))));
    }

    private void revoke(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withUserId(ctx, id ->
                Outcomes.respond(ctx, users.revokeAdministration(principal, id, ctx.ip()))));
    }

    private void resendLogin(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withUserId(ctx, id ->
                Outcomes.respond(ctx, users.resendLogin(principal, id, ctx.ip()), 204, user -> { })));
    }

    /** An id that is not a UUID names no user: 404, as an unknown one. */
    private static void withUserId(Context ctx, Consumer<UserId> action) {
        PathIds.withId(ctx, "id", UserId::new, USER_NOT_FOUND, action);
    }
}
