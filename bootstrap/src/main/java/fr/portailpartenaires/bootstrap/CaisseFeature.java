package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.caisse.SetUpCaisse;
import fr.portailpartenaires.application.caisse.SetUpCaisseService;
import fr.portailpartenaires.application.shared.LoginReservations;

/** The caisse's back-office (spec §3.4, §3.5): for now, the operator's creation of a caisse's administrators. */
public final class CaisseFeature {

    private final SetUpCaisseService setUp;

    CaisseFeature(Infrastructure infra, LoginReservations reservations) {
        setUp = new SetUpCaisseService(infra.validator(), infra.referenceData(), infra.accounts(), reservations,
                infra.hasher(), infra.outbox(), infra.templates(), infra.auditLog(), infra.transactions(),
                infra.settings(), infra.random(), infra.clock());
    }

    /** The operator's use case, run by the {@code admin} command of the service. */
    public SetUpCaisse setUp() {
        return setUp;
    }
}
