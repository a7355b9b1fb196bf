package fr.portailpartenaires.adapters.web.caisse;

import fr.portailpartenaires.adapters.web.IsoDates;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.SignedNumberForm;
import fr.portailpartenaires.application.shared.Outcome;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caisse's signed convention numbers (spec §3.4): the list, one number at a time (JSON, dates AAAA-MM-JJ), or a
 * file ({@code text/csv}, see {@link SignedNumbersCsv}) answered line by line, 200 when taken and 422 when refused.
 */
public record SignedNumberRoutes(RegisterSignedNumbers register, SessionCookie sessions) implements RouteGroup {

    record NumberRequest(String code, String typePartenaire, String raisonSociale, String dateDebut, String dateFin) {
    }

    static final String NOT_A_DATE = "La date doit être au format AAAA-MM-JJ.";

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
        Requests.withPrincipalAndBody(ctx, sessions, NumberRequest.class, (principal, request) -> {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            LocalDate start = IsoDates.field(errors, "dateDebut", request.dateDebut(), NOT_A_DATE);
            LocalDate end = IsoDates.field(errors, "dateFin", request.dateFin(), NOT_A_DATE);
            if (!errors.isEmpty()) {
                Outcomes.respond(ctx, new Outcome.Invalid<>(errors));
                return;
            }
            Outcomes.respond(ctx, register.add(principal, new SignedNumberForm(request.code(),
                    request.typePartenaire(), request.raisonSociale(), start, end), ctx.ip()), 201, ctx::json);
        });
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
