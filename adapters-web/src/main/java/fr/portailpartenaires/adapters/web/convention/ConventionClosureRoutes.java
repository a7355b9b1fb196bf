package fr.portailpartenaires.adapters.web.convention;

import static fr.portailpartenaires.adapters.web.convention.ConventionIds.withId;

import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.convention.CloseConvention;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;

/** The caisse closes one of its conventions at a date (spec §3.3): {@code {"dateDeCloture": "AAAA-MM-JJ"}}. */
public record ConventionClosureRoutes(CloseConvention closing, SessionCookie sessions) implements RouteGroup {

    /** The body: the closing date, ISO. */
    record ClosureRequest(String dateDeCloture) implements JsonBody<LocalDate> {

        @Override
        public LocalDate command(JsonFields fields) {
            return fields.date("dateDeCloture", dateDeCloture, "La date de clôture");
        }
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/caisse/conventions/{id}/cloture", this::close);
    }

    private void close(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.command(ctx, ClosureRequest.class, date ->
                        Outcomes.respond(ctx, closing.close(principal, new CloseConvention.Closure(id, date), ctx.ip())))));
    }
}
