package fr.portailpartenaires.adapters.web.site;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.pages.Pages;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Accueil and the pages of information, the same for everyone (spec §10.2, public pages).
 *
 * @param cguVersion the version of the conditions générales d'utilisation in force (shown on their page)
 */
public record SitePages(Pages pages, String cguVersion) implements RouteGroup {

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
        INFORMATION.forEach((path, page) ->
                routes.get(path, ctx -> pages.render(ctx, page[0], page[1], Map.of())));
    }
}
