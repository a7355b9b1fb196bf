package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.habilitation.JooqAfasConventions;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventions;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventionsService;
import fr.portailpartenaires.application.habilitation.AfasConventions;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventionsService;
import fr.portailpartenaires.application.habilitation.GrantAfasRoles;
import fr.portailpartenaires.application.habilitation.GrantAfasRolesService;
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
        administration = new AdministerAfasConventionsService(support, store, infra.partners(), infra.referenceData(),
                identities);
        approvers = new ValidateAfasApproversService(support, store, infra.partners());
        consultation = new ConsultAfasConventionsService(support, store, infra.partners());
        users = new ManageAfasUsersService(support, store, infra.partners(), identities, infra.sessions());
        memberships = new ManageAfasMembershipsService(support, store, infra.partners());
        grants = new GrantAfasRolesService(support, store, infra.partners());
        search = new SearchAfasHabilitationsService(support, store, infra.partners());
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
