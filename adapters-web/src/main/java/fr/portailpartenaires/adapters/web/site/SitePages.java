package fr.portailpartenaires.adapters.web.site;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.domain.shared.BusinessTime;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Accueil and the pages of information, the same for everyone (spec §10.2, public pages), with les actualités.
 *
 * @param cguVersion the version of the conditions générales d'utilisation in force (shown on their page)
 * @param news       the operator's articles
 * @param clock      the portal's time: an article is shown from its date (Europe/Paris)
 */
public record SitePages(Pages pages, String cguVersion, News news, Clock clock) implements RouteGroup {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Path → template and title of each page of information, in the order of the plan du site. */
    public static final Map<String, String[]> INFORMATION = information();

    private static Map<String, String[]> information() {
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("/services", new String[] {"site/services.jte", "Les services"});
        pages.put("/actualites", new String[] {"site/actualites.jte", "Les actualités"});
        pages.put("/documentation", new String[] {"site/documentation.jte", "La documentation"});
        pages.put("/offre-retraites", new String[] {"site/offre-retraites.jte", "Notre offre pour les retraités"});
        pages.put("/regles-usage", new String[] {"site/regles-usage.jte", "Règles d'usage"});
        pages.put("/qui-sommes-nous", new String[] {"site/qui-sommes-nous.jte", "Qui sommes-nous"});
        pages.put("/faq", new String[] {"site/faq.jte", "Foire aux questions"});
        pages.put("/mentions-legales", new String[] {"site/mentions-legales.jte", "Mentions légales"});
        pages.put("/accessibilite", new String[] {"site/accessibilite.jte", "Déclaration d'accessibilité"});
        pages.put("/plan-du-site", new String[] {"site/plan-du-site.jte", "Plan du site"});
        return pages;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/", ctx -> pages.render(ctx, "site/accueil.jte", "Accueil", Map.of()));
        routes.get("/cgu", ctx -> pages.render(ctx, "site/cgu.jte", "Conditions générales d'utilisation",
                Map.of("version", cguVersion)));
        routes.get("/actualites", ctx -> pages.render(ctx, "site/actualites.jte", "Les actualités",
                Map.of("articles", news.published(today()), "dates", FRENCH_DATE)));
        routes.get("/actualites/{article}", this::article);
        INFORMATION.forEach((path, page) -> {
            if (!"/actualites".equals(path)) {
                routes.get(path, ctx -> pages.render(ctx, page[0], page[1], Map.of()));
            }
        });
    }

    private void article(Context ctx) {
        var article = news.article(ctx.pathParam("article"), today());
        if (article.isEmpty()) {
            pages.error(ctx, 404);
            return;
        }
        pages.render(ctx, "site/actualite.jte", article.get().title(),
                Map.of("article", article.get(), "dates", FRENCH_DATE));
    }

    private LocalDate today() {
        return BusinessTime.dateOf(clock.instant());
    }
}
