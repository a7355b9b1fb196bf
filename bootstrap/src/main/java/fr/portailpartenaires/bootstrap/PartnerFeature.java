package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.partner.JooqPartnerViews;
import fr.portailpartenaires.application.partner.AdministerMyPartner;
import fr.portailpartenaires.application.partner.ManagePartnerUsers;
import fr.portailpartenaires.application.partner.AdministerMyPartnerService;
import fr.portailpartenaires.application.partner.ManagePartnerUsersService;
import fr.portailpartenaires.application.partner.PartnerAdministration;
import fr.portailpartenaires.application.partner.PartnerPorts;
import fr.portailpartenaires.application.partner.ViewMyPartner;
import fr.portailpartenaires.application.partner.ViewMyPartnerService;
import fr.portailpartenaires.application.registration.Registrations;

/** The partner's own data, address and users, administered by its administrators (spec §3.1, §3.2). */
public final class PartnerFeature {

    private final ViewMyPartnerService myPartner;
    private final AdministerMyPartnerService administration;
    private final ManagePartnerUsersService users;

    PartnerFeature(Infrastructure infra, Registrations registrations) {
        var ports = new PartnerPorts(infra.partners(), new JooqPartnerViews(infra.database()), infra.accounts(),
                registrations, infra.sessions(), new PartnerAdministration(infra.support(), infra.partners()));
        myPartner = new ViewMyPartnerService(infra.support(), ports);
        administration = new AdministerMyPartnerService(infra.support(), ports);
        users = new ManagePartnerUsersService(infra.support(), ports, infra.temporaryPasswords());
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
}
