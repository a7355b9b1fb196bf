package fr.portailpartenaires.adapters.web.caisse;

import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.SignedNumberForm;
import fr.portailpartenaires.application.shared.Outcome;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caisse's signed convention numbers (spec §3.4): the list, one number at a time (JSON, dates AAAA-MM-JJ), or a
 * file ({@code text/csv}, see {@link SignedNumbersCsv}) answered line by line, 200 when taken and 422 when refused.
 */
public record SignedNumberRoutes(RegisterSignedNumbers register, SessionCookie sessions) implements RouteGroup {

    /** The body of one number: its dates ISO, the end optional. */
    record NumberRequest(String code, String typePartenaire, String raisonSociale, String dateDebut, String dateFin)
            implements JsonBody<SignedNumberForm> {

        @Override
        public SignedNumberForm command(JsonFields fields) {
            return new SignedNumberForm(code, typePartenaire, raisonSociale,
                    fields.date("dateDebut", dateDebut, "La date de début"),
                    fields.date("dateFin", dateFin, "La date de fin"));
        }
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/caisse/numeros-convention", this::list);
        routes.post("/api/caisse/numeros-convention", this::add);
        routes.post("/api/caisse/numeros-convention/import", this::importFile);
    }

    private void list(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx,
                register.list(principal, Optional.ofNullable(ctx.queryParam("apres")), Requests.limitOr(ctx, 50))));
    }

    private void add(Context ctx) {
        Requests.withPrincipalAndCommand(ctx, sessions, NumberRequest.class, (principal, form) ->
                Outcomes.respond(ctx, register.add(principal, form, ctx.ip()), 201, ctx::json));
    }

    private void importFile(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> {
            var read = SignedNumbersCsv.read(ctx.bodyAsBytes());
            if (read.problem().isPresent()) {
                Outcomes.respond(ctx, new Outcome.Invalid<>(Map.of("fichier", List.of(read.problem().get()))));
                return;
            }
            Outcomes.respond(ctx, register.importNumbers(principal, read.lines(), ctx.ip()), 200, report -> {
                ctx.status(report.stored() ? 200 : 422);
                ctx.json(report);
            });
        });
    }
}
