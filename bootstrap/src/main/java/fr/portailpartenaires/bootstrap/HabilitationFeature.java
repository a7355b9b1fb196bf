package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.habilitation.JooqAfasConventions;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventions;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventionsService;
import fr.portailpartenaires.application.habilitation.AfasConventionAccess;
import fr.portailpartenaires.application.habilitation.AfasConventions;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventionsService;
import fr.portailpartenaires.application.habilitation.GrantAfasRoles;
import fr.portailpartenaires.application.habilitation.GrantAfasRolesService;
import fr.portailpartenaires.application.habilitation.HabilitationPorts;
import fr.portailpartenaires.application.habilitation.ManageAfasMemberships;
import fr.portailpartenaires.application.habilitation.ManageAfasMembershipsService;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers;
import fr.portailpartenaires.application.habilitation.ManageAfasUsersService;
import fr.portailpartenaires.application.habilitation.AfasAccounts;
import fr.portailpartenaires.application.habilitation.SearchAfasHabilitations;
import fr.portailpartenaires.application.habilitation.SearchAfasHabilitationsService;
import fr.portailpartenaires.application.habilitation.ValidateAfasApprovers;
import fr.portailpartenaires.application.habilitation.ValidateAfasApproversService;

/** The CAF profile: AFAS conventions, their users and habilitations (spec §6). */
public final class HabilitationFeature {

    private final AdministerAfasConventions administration;
    private final ValidateAfasApprovers approvers;
    private final ConsultAfasConventions consultation;
    private final ManageAfasUsers users;
    private final ManageAfasMemberships memberships;
    private final GrantAfasRoles grants;
    private final SearchAfasHabilitations search;

    HabilitationFeature(Infrastructure infra) {
        AfasConventions store = new JooqAfasConventions(infra.database());
        var support = infra.support();
        var identities = new AfasAccounts(support, infra.accounts(), infra.temporaryPasswords());
        var ports = new HabilitationPorts(store, infra.partners(), infra.referenceData(), identities, infra.sessions(),
                new AfasConventionAccess(support, store, infra.partners()));
        administration = new AdministerAfasConventionsService(support, ports);
        approvers = new ValidateAfasApproversService(support, ports);
        consultation = new ConsultAfasConventionsService(support, ports);
        users = new ManageAfasUsersService(support, ports);
        memberships = new ManageAfasMembershipsService(support, ports);
        grants = new GrantAfasRolesService(support, ports);
        search = new SearchAfasHabilitationsService(support, ports);
    }

    public AdministerAfasConventions afasAdministration() {
        return administration;
    }

    public ValidateAfasApprovers afasApprovers() {
        return approvers;
    }

    public ConsultAfasConventions afasConsultation() {
        return consultation;
    }

    public ManageAfasUsers afasUsers() {
        return users;
    }

    public ManageAfasMemberships afasMemberships() {
        return memberships;
    }

    public GrantAfasRoles afasGrants() {
        return grants;
    }

    public SearchAfasHabilitations afasSearch() {
        return search;
    }
}
