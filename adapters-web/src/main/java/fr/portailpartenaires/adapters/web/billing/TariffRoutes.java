package fr.portailpartenaires.adapters.web.billing;

import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.billing.ManageTariffs;
import fr.portailpartenaires.domain.convention.ConventionId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The caisse's fees of a convention from an effective date (spec §3.4): {@code {"montant": "95,50", "dateEffet": "AAAA-MM-JJ"}}. */
public record TariffRoutes(ManageTariffs tariffs, SessionCookie sessions) implements RouteGroup {

    /** The body: the amount as typed, the effective date ISO. */
    record TariffRequest(String montant, String dateEffet) implements JsonBody<ManageTariffs.TariffForm> {

        @Override
        public ManageTariffs.TariffForm command(JsonFields fields) {
            return new ManageTariffs.TariffForm(montant, fields.date("dateEffet", dateEffet, "La date d'effet"));
        }
    }

    private static final Problem NOT_FOUND = Problem.notFound("Cette convention est introuvable.",
            "convention.introuvable");

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/caisse/conventions/{id}/tarifs", this::list);
        routes.post("/api/caisse/conventions/{id}/tarifs", this::set);
    }

    private void list(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> PathIds.withId(ctx, "id", ConventionId::new,
                NOT_FOUND, id -> Outcomes.respond(ctx, tariffs.tariffs(principal, id))));
    }

    private void set(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> PathIds.withId(ctx, "id", ConventionId::new,
                NOT_FOUND, id -> Requests.command(ctx, TariffRequest.class, form ->
                        Outcomes.respond(ctx, tariffs.setTariff(principal, id, form, ctx.ip())))));
    }
}
