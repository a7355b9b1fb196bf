package fr.portailpartenaires.adapters.web.convention;

import static fr.portailpartenaires.adapters.web.convention.ConventionIds.withId;

import fr.portailpartenaires.adapters.web.IsoDates;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.convention.CloseConvention;
import fr.portailpartenaires.application.shared.Outcome;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The caisse closes one of its conventions at a date (spec §3.3): {@code {"dateDeCloture": "AAAA-MM-JJ"}}. */
public record ConventionClosureRoutes(CloseConvention closing, SessionCookie sessions) implements RouteGroup {

    record ClosureRequest(String dateDeCloture) {
    }

    static final String NOT_A_DATE = "La date de clôture doit être une date au format AAAA-MM-JJ.";

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/caisse/conventions/{id}/cloture", this::close);
    }

    private void close(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.body(ctx, ClosureRequest.class).ifPresent(request -> {
                    Map<String, List<String>> errors = new HashMap<>();
                    LocalDate date = IsoDates.field(errors, "dateDeCloture", request.dateDeCloture(), NOT_A_DATE);
                    if (!errors.isEmpty()) {
                        Outcomes.respond(ctx, new Outcome.Invalid<>(errors));
                        return;
                    }
                    Outcomes.respond(ctx, closing.close(principal, new CloseConvention.Closure(id, date), ctx.ip()));
                })));
    }
}
