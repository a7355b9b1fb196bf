package fr.portailpartenaires.adapters.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The layout's menus: the seeds' main menu (following the visitor's rights) and the footer's links. */
final class Menus {

    private Menus() {
    }

    /** The seeds' menus; a connected user also has their space, and an administrator the administration. */
    static List<Page.Link> main(Site site, String path, Optional<Pages.Visitor> visitor) {
        List<Page.Link> links = new ArrayList<>();
        links.add(link("/", "Accueil", path));
        if (visitor.isPresent()) {
            links.add(link("/bienvenue", "Mon espace", path));
        }
        if (visitor.filter(Pages.Visitor::administrator).isPresent()) {
            links.add(section("/administration", "Administration", path));
        }
        links.add(section("/services", "Les services", path));
        if (site.caf()) {
            links.add(link("/regles-usage", "Règles d'usage", path));
        } else {
            links.add(link("/actualites", "Les actualités", path));
        }
        links.add(link("/documentation", "La documentation", path));
        if (!site.caf()) {
            links.add(link("/offre-retraites", "Notre offre pour les retraités", path));
        }
        return links;
    }

    static List<Page.Link> footer(String path) {
        return List.of(link("/plan-du-site", "Plan du site", path), link("/qui-sommes-nous", "Qui sommes-nous", path),
                link("/faq", "FAQ", path), link("/mentions-legales", "Mentions légales", path),
                link("/accessibilite", "Accessibilité : non conforme", path), link("/cgu", "Conditions générales d'utilisation", path),
                link("/contact", "Contact", path));
    }

    private static Page.Link link(String href, String label, String path) {
        return new Page.Link(href, label, href.equals(path), href.equals(path));
    }

    /** A link to a section of the site: current on its page and on every page below it. */
    private static Page.Link section(String href, String label, String path) {
        return new Page.Link(href, label, href.equals(path) || path.startsWith(href + "/"), href.equals(path));
    }
}
