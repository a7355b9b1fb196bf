package fr.portailpartenaires.adapters.web.exchange;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.exchange.SearchExchangeHistory;
import fr.portailpartenaires.application.exchange.SearchExchangeHistory.Criteria;
import fr.portailpartenaires.application.shared.Outcome;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/historique-echanges}: the exchange-history search (spec §5.3), criteria as query parameters. */
public record ExchangeHistoryRoutes(SearchExchangeHistory history, SessionCookie sessions) implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/historique-echanges", this::search);
    }

    private void search(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> {
            Integer limit = Requests.limit(ctx);
            JsonFields period = new JsonFields();
            String du = period.isoDate("du", ctx.queryParam("du"), "La date de début");
            String au = period.isoDate("au", ctx.queryParam("au"), "La date de fin");
            if (period.hasErrors()) {
                Outcomes.respond(ctx, new Outcome.Invalid<>(period.errors()));
                return;
            }
            Criteria criteria = new Criteria(du, au, ctx.queryParam("regime"),
                    ctx.queryParam("caisse"), ctx.queryParam("convention"), ctx.queryParam("interface"),
                    ctx.queryParam("commentaire"), ctx.queryParam("tri"), ctx.queryParam("apres"), limit);
            Outcomes.respond(ctx, history.search(principal, criteria), 200, page -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("entrees", page.entrees().stream().map(ExchangeHistoryRoutes::entry).toList());
                page.suivant().ifPresent(next -> body.put("suivant", next));
                ctx.json(body);
            });
        });
    }

    private static Map<String, Object> entry(SearchExchangeHistory.Entry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("dateEchange", entry.dateEchange());
        json.put("periodeDu", entry.periodeDu());
        json.put("periodeAu", entry.periodeAu());
        json.put("regime", entry.regime());
        json.put("caisse", entry.caisse());
        json.put("application", entry.application());
        json.put("interfaceApplicative", entry.interfaceApplicative());
        json.put("libelleInterface", entry.libelleInterface());
        json.put("commentaire", entry.commentaire());
        entry.convention().ifPresent(convention -> json.put("convention", convention));
        return json;
    }
}
