package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.health.HealthRoutes;
import fr.portailpartenaires.adapters.web.health.MetricsEndpoint;
import fr.portailpartenaires.adapters.web.health.MetricsRoutes;
import fr.portailpartenaires.adapters.web.pages.ConventionSelector;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.adapters.web.pages.ServicePage;
import fr.portailpartenaires.adapters.web.site.News;
import fr.portailpartenaires.adapters.web.site.SitePages;
import fr.portailpartenaires.application.convention.SelectConvention;
import fr.portailpartenaires.application.partner.ViewMyPartner;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's features as the web adapter serves them: the JSON routes, the pages, and what the pages' header says
 * of the visitor. Kept apart from {@link Portal}, which an embedder uses without any web adapter.
 */
final class PortalWeb {

    private final Portal portal;

    PortalWeb(Portal portal) {
        this.portal = portal;
    }

    /** The HTTP routes of every feature, for the web adapter. */
    List<RouteGroup> routes(SessionCookie sessions, MetricsEndpoint metricsEndpoint) {
        List<RouteGroup> routes = new ArrayList<>();
        routes.add(new HealthRoutes(portal.health()));
        routes.addAll(portal.registration().routes(sessions));
        routes.addAll(portal.account().routes(sessions, portal.partner().myPartner()));
        routes.addAll(portal.partner().routes(sessions));
        routes.addAll(portal.convention().routes(sessions));
        routes.addAll(portal.contact().routes(sessions));
        routes.addAll(portal.habitat().routes(sessions));
        routes.addAll(portal.habilitation().routes(sessions));
        routes.addAll(portal.billing().routes(sessions));
        routes.addAll(portal.exchange().routes(sessions));
        routes.addAll(portal.caisse().routes(sessions));
        routes.addAll(portal.demo().routes(sessions));
        routes.add(new MetricsRoutes(metricsEndpoint));
        return routes;
    }

    /** The pages of every feature, for the web adapter (ADR 16). */
    List<RouteGroup> pages(Pages pages) {
        List<RouteGroup> routes = new ArrayList<>();
        routes.add(new SitePages(pages, portal.infra().settings().cguVersion(),
                new News(pages.site().newsDirectory()), portal.infra().clock()));
        routes.addAll(portal.account().pages(pages, portal.registration().captcha()));
        routes.addAll(portal.registration().pages(pages, portal.infra().settings().cguVersion()));
        routes.addAll(portal.contact().pages(pages, portal.registration().captcha()));
        routes.addAll(portal.partner().pages(pages, portal.convention().partnerConventions(), portal.registration().referenceData()));
        ConventionSelector selector = portal.convention().conventionSelector(pages);
        routes.add(selector);
        routes.addAll(portal.habitat().pages(pages, selector));
        routes.addAll(portal.billing().pages(pages, selector));
        routes.addAll(portal.exchange().pages(pages, portal.convention().partnerConventions()));
        return routes;
    }

    /**
     * How the pages' header names a connected user, whether they administer their partner, and the service pages
     * their conventions open: the bordereaux and the history once the partner has an effective convention (menus
     * follow rights).
     */
    Pages.Visitor visitor(Principal principal) {
        return switch (principal) {
            case Principal.CaisseAdministrator administrator ->
                    new Pages.Visitor("administrateur de la caisse " + administrator.caisseCode().value(), false);
            case Principal.CafAdministrator administrator ->
                    new Pages.Visitor("administrateur de la caisse " + administrator.caf().value(), false);
            case Principal.PartnerUser user -> switch (portal.partner().myPartner().header(user)) {
                case Outcome.Done<ViewMyPartner.PartnerHeader> done -> new Pages.Visitor(done.value().nom(),
                        done.value().administrateur(), services(done.value().conventions()),
                        Optional.of(done.value().conventions()));
                default -> new Pages.Visitor("utilisateur du portail", false);
            };
            case Principal.Anonymous anonymous -> new Pages.Visitor("", false);
        };
    }

    /** The service pages the user's conventions open (the effective ones, as the selector offers them). */
    private static Set<ServicePage> services(SelectConvention.Selection conventions) {
        if (conventions.choices().isEmpty()) {
            return EnumSet.noneOf(ServicePage.class);
        }
        Set<ServicePage> open = EnumSet.of(ServicePage.PAYMENT_SLIPS, ServicePage.EXCHANGE_HISTORY);
        if (conventions.choices().stream()
                .anyMatch(choice -> "PRESTATAIRE_ERGOTHERAPEUTE".equals(choice.codeTypePartenaire()))) {
            open.add(ServicePage.HABITAT_ORDERS);
        }
        return open;
    }
}
