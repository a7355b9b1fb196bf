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
import fr.portailpartenaires.application.habilitation.NewAfasAccounts;
import fr.portailpartenaires.application.habilitation.SearchAfasHabilitations;
import fr.portailpartenaires.application.habilitation.SearchAfasHabilitationsService;
import fr.portailpartenaires.application.habilitation.ValidateAfasApprovers;
import fr.portailpartenaires.application.habilitation.ValidateAfasApproversService;

/** The CAF profile: AFAS conventions, their users and habilitations (spec §6). */
public final class HabilitationFeature {

    private final AfasConventions store;
    private final AdministerAfasConventions administration;
    private final ValidateAfasApprovers approvers;
    private final ConsultAfasConventions consultation;
    private final ManageAfasUsers users;
    private final ManageAfasMemberships memberships;
    private final GrantAfasRoles grants;
    private final SearchAfasHabilitations search;

    HabilitationFeature(Infrastructure infra) {
        store = new JooqAfasConventions(infra.database());
        var newAccounts = new NewAfasAccounts(infra.accounts(), infra.hasher(), infra.outbox(), infra.templates(),
                infra.auditLog(), infra.settings(), infra.random(), infra.clock());
        administration = new AdministerAfasConventionsService(infra.validator(), store, infra.partners(),
                infra.referenceData(), newAccounts, infra.auditLog(), infra.transactions(), infra.random(),
                infra.clock());
        approvers = new ValidateAfasApproversService(infra.validator(), store, infra.partners(), infra.outbox(),
                infra.templates(), infra.auditLog(), infra.transactions(), infra.clock());
        consultation = new ConsultAfasConventionsService(store, infra.partners(), infra.transactions(), infra.clock());
        users = new ManageAfasUsersService(infra.validator(), store, infra.partners(), newAccounts, infra.auditLog(),
                infra.sessions(), infra.transactions(), infra.random(), infra.clock());
        memberships = new ManageAfasMembershipsService(infra.validator(), store, infra.partners(), infra.auditLog(),
                infra.transactions(), infra.clock());
        grants = new GrantAfasRolesService(infra.validator(), store, infra.partners(), infra.outbox(),
                infra.templates(), infra.auditLog(), infra.transactions(), infra.random(), infra.clock());
        search = new SearchAfasHabilitationsService(store, infra.partners(), infra.transactions(), infra.clock());
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

    AfasConventions store() {
        return store;
    }
}
