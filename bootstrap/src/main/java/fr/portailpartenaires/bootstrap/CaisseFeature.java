package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.caisse.CaissePorts;
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
        var ports = new CaissePorts(infra.referenceData(), infra.accounts(), reservations, infra.sessions(),
                infra.conventionNumberUse());
        setUp = new SetUpCaisseService(infra.support(), ports, infra.temporaryPasswords());
        administrators = new ManageCaisseAdministratorsService(infra.support(), ports, infra.temporaryPasswords());
        signedNumbers = new RegisterSignedNumbersService(infra.support(), ports);
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
