package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.partner.JooqPartnerViews;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.adapters.web.partner.PartnerAdministrationRoutes;
import fr.portailpartenaires.adapters.web.partner.PartnerPages;
import fr.portailpartenaires.application.convention.ManageConventions;
import fr.portailpartenaires.application.reference.BrowseReferenceData;
import fr.portailpartenaires.application.partner.AdministerMyPartner;
import fr.portailpartenaires.application.partner.ManagePartnerUsers;
import fr.portailpartenaires.application.partner.AdministerMyPartnerService;
import fr.portailpartenaires.application.partner.ManagePartnerUsersService;
import fr.portailpartenaires.application.partner.ViewMyPartner;
import fr.portailpartenaires.application.partner.ViewMyPartnerService;
import fr.portailpartenaires.application.registration.Registrations;
import java.util.List;

/** The partner's own data, address and users, administered by its administrators (spec §3.1, §3.2). */
public final class PartnerFeature {

    private final ViewMyPartnerService myPartner;
    private final AdministerMyPartnerService administration;
    private final ManagePartnerUsersService users;

    PartnerFeature(Infrastructure infra, Registrations registrations) {
        myPartner = new ViewMyPartnerService(new JooqPartnerViews(infra.database()), infra.clock());
        administration = new AdministerMyPartnerService(infra.support(), infra.partners());
        users = new ManagePartnerUsersService(infra.support(), infra.partners(), infra.accounts(), registrations,
                infra.temporaryPasswords(), infra.sessions());
    }

    public ViewMyPartner myPartner() {
        return myPartner;
    }

    public AdministerMyPartner partnerAdministration() {
        return administration;
    }

    public ManagePartnerUsers partnerUsers() {
        return users;
    }

    /** « Modification inscription »: its Conventions tab is the convention feature's use case. */
    List<RouteGroup> pages(Pages pages, ManageConventions conventions, BrowseReferenceData referenceData) {
        return List.of(new PartnerPages(administration, users, conventions, referenceData, pages));
    }

    List<RouteGroup> routes(SessionCookie sessions) {
        return List.of(new PartnerAdministrationRoutes(administration, users, sessions));
    }
}
