package fr.portailpartenaires.adapters.web.caisse;

import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.caisse.ManageCaisseAdministrators;
import fr.portailpartenaires.application.caisse.ManageCaisseAdministrators.NewAdministratorForm;
import fr.portailpartenaires.domain.user.UserId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The caisse's administrators, managed by one of them (spec §3.4). */
public record CaisseAdministratorRoutes(ManageCaisseAdministrators staff, SessionCookie sessions)
        implements RouteGroup {

    /** The body of {@code POST /api/caisse/administrateurs}. */
    record NewAdministratorJson(String login, String nom, String prenom, String email)
            implements JsonBody<NewAdministratorForm> {

        @Override
        public NewAdministratorForm command(JsonFields fields) {
            return new NewAdministratorForm(login, nom, prenom, email);
        }
    }

    private static final Problem NOT_FOUND = Problem.notFound("Cet administrateur de caisse est introuvable.",
            "caisse.administrateur_introuvable");

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/caisse/administrateurs", this::list);
        routes.post("/api/caisse/administrateurs", this::create);
        routes.delete("/api/caisse/administrateurs/{id}", this::revoke);
    }

    private void list(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal ->
                Outcomes.respond(ctx, staff.administrators(principal)));
    }

    private void create(Context ctx) {
        Requests.withPrincipalAndCommand(ctx, sessions, NewAdministratorJson.class, (principal, form) ->
                Outcomes.respond(ctx, staff.create(principal, form, ctx.ip()), 201, ctx::json));
    }

    private void revoke(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> PathIds.withId(ctx, "id", UserId::new, NOT_FOUND,
                id -> Outcomes.respond(ctx, staff.revoke(principal, id, ctx.ip()))));
    }
}
