package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.caisse.ManageCaisseAdministrators;
import fr.portailpartenaires.application.caisse.ManageCaisseAdministratorsService;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbersService;
import fr.portailpartenaires.application.caisse.SetUpCaisse;
import fr.portailpartenaires.application.caisse.SetUpCaisseService;
import fr.portailpartenaires.application.shared.LoginReservations;

/**
 * The caisse's back-office (spec §3.4, §3.5): the operator's creation of a caisse's administrators, the caisse's
 * register of its signed convention numbers.
 */
public final class CaisseFeature {

    private final SetUpCaisseService setUp;
    private final RegisterSignedNumbersService signedNumbers;
    private final ManageCaisseAdministratorsService administrators;

    CaisseFeature(Infrastructure infra, LoginReservations reservations) {
        setUp = new SetUpCaisseService(infra.validator(), infra.referenceData(), infra.accounts(), reservations,
                infra.hasher(), infra.outbox(), infra.templates(), infra.auditLog(), infra.transactions(),
                infra.settings(), infra.random(), infra.clock());
        administrators = new ManageCaisseAdministratorsService(infra.validator(), infra.referenceData(),
                infra.accounts(), reservations, infra.sessions(), infra.hasher(), infra.outbox(), infra.templates(),
                infra.auditLog(), infra.transactions(), infra.settings(), infra.random(), infra.clock());
        signedNumbers = new RegisterSignedNumbersService(infra.validator(), infra.referenceData(),
                infra.conventionNumberUse(), infra.auditLog(), infra.transactions(), infra.clock());
    }

    /** The caisse's administrators, managed by one of them. */
    public ManageCaisseAdministrators administrators() {
        return administrators;
    }

    /** The caisse's signed convention numbers. */
    public RegisterSignedNumbers signedNumbers() {
        return signedNumbers;
    }

    /** The operator's use case, run by the {@code admin} command of the service. */
    public SetUpCaisse setUp() {
        return setUp;
    }
}
