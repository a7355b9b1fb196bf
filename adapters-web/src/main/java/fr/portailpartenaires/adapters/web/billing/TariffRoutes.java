package fr.portailpartenaires.adapters.web.billing;

import fr.portailpartenaires.adapters.web.IsoDates;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.billing.ManageTariffs;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.domain.convention.ConventionId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The caisse's fees of a convention from an effective date (spec §3.4): {@code {"montant": "95,50", "dateEffet": "AAAA-MM-JJ"}}. */
public record TariffRoutes(ManageTariffs tariffs, SessionCookie sessions) implements RouteGroup {

    record TariffRequest(String montant, String dateEffet) {
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
                NOT_FOUND, id -> Requests.body(ctx, TariffRequest.class).ifPresent(request -> {
                    Map<String, List<String>> errors = new HashMap<>();
                    LocalDate date = IsoDates.field(errors, "dateEffet", request.dateEffet(),
                            "La date d'effet doit être une date au format AAAA-MM-JJ.");
                    if (!errors.isEmpty()) {
                        Outcomes.respond(ctx, new Outcome.Invalid<>(errors));
                        return;
                    }
                    Outcomes.respond(ctx, tariffs.setTariff(principal, id,
                            new ManageTariffs.TariffForm(request.montant(), date), ctx.ip()));
                })));
    }
}
