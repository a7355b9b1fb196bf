package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.account.AccountPages;
import fr.portailpartenaires.adapters.web.account.AccountRoutes;
import fr.portailpartenaires.adapters.web.account.EmailChangePages;
import fr.portailpartenaires.adapters.web.account.SelfServiceRoutes;
import fr.portailpartenaires.adapters.web.account.SessionRoutes;
import fr.portailpartenaires.adapters.web.billing.BillingRoutes;
import fr.portailpartenaires.adapters.web.billing.PaymentSlipPages;
import fr.portailpartenaires.adapters.web.billing.TariffRoutes;
import fr.portailpartenaires.adapters.web.caisse.CaisseAdministratorRoutes;
import fr.portailpartenaires.adapters.web.caisse.SignedNumberRoutes;
import fr.portailpartenaires.adapters.web.contact.ContactPages;
import fr.portailpartenaires.adapters.web.contact.ContactRoutes;
import fr.portailpartenaires.adapters.web.convention.ConventionClosureRoutes;
import fr.portailpartenaires.adapters.web.convention.ConventionFollowUpRoutes;
import fr.portailpartenaires.adapters.web.convention.ConventionReviewRoutes;
import fr.portailpartenaires.adapters.web.convention.ConventionRoutes;
import fr.portailpartenaires.adapters.web.convention.ConventionSelectionRoutes;
import fr.portailpartenaires.adapters.web.demo.DemoClockRoutes;
import fr.portailpartenaires.adapters.web.exchange.ExchangeHistoryPages;
import fr.portailpartenaires.adapters.web.exchange.ExchangeHistoryRoutes;
import fr.portailpartenaires.adapters.web.habilitation.AfasConventionRoutes;
import fr.portailpartenaires.adapters.web.habilitation.AfasHabilitationRoutes;
import fr.portailpartenaires.adapters.web.habilitation.AfasUserRoutes;
import fr.portailpartenaires.adapters.web.habilitation.CafAfasRoutes;
import fr.portailpartenaires.adapters.web.habitat.HabitatPages;
import fr.portailpartenaires.adapters.web.habitat.HabitatRoutes;
import fr.portailpartenaires.adapters.web.partner.PartnerAdministrationRoutes;
import fr.portailpartenaires.adapters.web.partner.PartnerPages;
import fr.portailpartenaires.adapters.web.registration.CaisseRoutes;
import fr.portailpartenaires.adapters.web.registration.PublicRoutes;
import fr.portailpartenaires.adapters.web.registration.RegistrationPages;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's features as the web adapter serves them: the JSON routes, the pages, and what the pages' header says
 * of the visitor. Kept apart from {@link Portal} and its features, which an embedder uses without the web adapter on
 * its class path (ADR 23): only this class, {@link PortalServer} and {@link Main} name the web adapter's classes.
 */
final class PortalWeb {

    private final Portal portal;

    PortalWeb(Portal portal) {
        this.portal = portal;
    }

    /** The HTTP routes of every feature, for the web adapter, feature by feature. */
    List<RouteGroup> routes(SessionCookie sessions, MetricsEndpoint metricsEndpoint) {
        RegistrationFeature registration = portal.registration();
        AccountFeature account = portal.account();
        PartnerFeature partner = portal.partner();
        ConventionFeature convention = portal.convention();
        HabitatFeature habitat = portal.habitat();
        HabilitationFeature habilitation = portal.habilitation();
        BillingFeature billing = portal.billing();
        CaisseFeature caisse = portal.caisse();
        return List.of(new HealthRoutes(portal.health()),
                new PublicRoutes(registration.referenceData(), registration.captcha(), registration.registerPartner()),
                new CaisseRoutes(registration.reviewRegistrations(), sessions),
                new SessionRoutes(account.authenticate(), partner.myPartner(), sessions),
                new SelfServiceRoutes(account.forgottenPassword(), account.acceptUsageRules(), sessions),
                new AccountRoutes(account.emailChange(), sessions),
                new PartnerAdministrationRoutes(partner.partnerAdministration(), partner.partnerUsers(), sessions),
                new ConventionRoutes(convention.partnerConventions(), sessions),
                new ConventionReviewRoutes(convention.reviewConventionRequests(), sessions),
                new ConventionSelectionRoutes(convention.selectConvention(), sessions),
                new ConventionClosureRoutes(convention.closeConvention(), sessions),
                new ConventionFollowUpRoutes(convention.followCaisseConventions(), sessions),
                new ContactRoutes(portal.contact().contactAssistance(), sessions),
                new HabitatRoutes(habitat.habitatOrders(), habitat.habitatFiles(), habitat.habitatDocuments(), sessions),
                new CafAfasRoutes(habilitation.afasAdministration(), habilitation.afasApprovers(), sessions),
                new AfasConventionRoutes(habilitation.afasConsultation(), sessions),
                new AfasUserRoutes(habilitation.afasUsers(), habilitation.afasMemberships(), sessions),
                new AfasHabilitationRoutes(habilitation.afasGrants(), habilitation.afasSearch(), sessions),
                new BillingRoutes(billing.invoices(), billing.paymentSlips(), sessions),
                new TariffRoutes(billing.tariffs(), sessions),
                new ExchangeHistoryRoutes(portal.exchange().exchangeHistory(), sessions),
                new SignedNumberRoutes(caisse.signedNumbers(), sessions),
                new CaisseAdministratorRoutes(caisse.administrators(), sessions),
                new DemoClockRoutes(portal.demo().clock(), sessions),
                new MetricsRoutes(metricsEndpoint));
    }

    /**
     * The pages of every feature, for the web adapter (ADR 16); the service pages share one convention selector,
     * whose form is a route of its own.
     */
    List<RouteGroup> pages(Pages pages) {
        String cguVersion = portal.infra().settings().cguVersion();
        RegistrationFeature registration = portal.registration();
        AccountFeature account = portal.account();
        PartnerFeature partner = portal.partner();
        ConventionSelector selector = new ConventionSelector(portal.convention().selectConvention(), pages);
        return List.of(new SitePages(pages, cguVersion, new News(pages.site().newsDirectory()), portal.infra().clock()),
                new AccountPages(account.authenticate(), account.forgottenPassword(), account.acceptUsageRules(),
                        registration.captcha(), pages),
                new EmailChangePages(account.emailChange(), pages),
                new RegistrationPages(registration.referenceData(), registration.captcha(),
                        registration.registerPartner(), pages, cguVersion),
                new ContactPages(portal.contact().contactAssistance(), registration.captcha(), pages),
                new PartnerPages(partner.partnerAdministration(), partner.partnerUsers(),
                        portal.convention().partnerConventions(), registration.referenceData(), pages),
                selector,
                new HabitatPages(portal.habitat().habitatFiles(), portal.habitat().habitatDocuments(), selector, pages),
                new PaymentSlipPages(portal.billing().paymentSlips(), selector, pages),
                new ExchangeHistoryPages(portal.exchange().exchangeHistory(), portal.convention().partnerConventions(),
                        pages));
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
