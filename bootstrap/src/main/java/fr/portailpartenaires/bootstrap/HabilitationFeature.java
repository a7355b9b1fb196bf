package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.habilitation.JooqAfasConventions;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.habilitation.AfasRoutes;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventions;
import fr.portailpartenaires.application.habilitation.AfasConventions;
import fr.portailpartenaires.application.habilitation.AfasService;
import fr.portailpartenaires.application.habilitation.ManageAfasHabilitations;
import java.util.List;

/** The CAF profile: AFAS conventions, their users and habilitations (spec §6). */
public final class HabilitationFeature {

    private final AfasConventions store;
    private final AfasService afas;

    HabilitationFeature(Infrastructure infra) {
        store = new JooqAfasConventions(infra.database());
        afas = new AfasService(infra.validator(), store, infra.partners(), infra.accounts(), infra.referenceData(),
                infra.hasher(), infra.outbox(), infra.templates(), infra.auditLog(), infra.transactions(),
                infra.settings(), infra.random(), infra.clock(), infra.sessions());
    }

    public AdministerAfasConventions afasConventions() {
        return afas;
    }

    public ManageAfasHabilitations afasHabilitations() {
        return afas;
    }

    AfasConventions store() {
        return store;
    }

    List<RouteGroup> routes(SessionCookie sessions) {
        return List.of(new AfasRoutes(afas, afas, sessions));
    }
}
