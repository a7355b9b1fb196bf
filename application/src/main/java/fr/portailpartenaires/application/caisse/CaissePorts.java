package fr.portailpartenaires.application.caisse;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.ConventionNumberUse;
import fr.portailpartenaires.application.shared.LoginReservations;
import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.shared.ReferenceData;

/**
 * What the caisse's back-office use cases work on besides the
 * {@link fr.portailpartenaires.application.shared.UseCaseSupport}: built once where the feature is wired and given to
 * each of its services, which call the ports they need; the temporary passwords, drawn with each service's own
 * randomness, are given to each service apart.
 *
 * @param referenceData the caisses and their signed convention numbers
 * @param accounts      the caisse administrators' accounts
 * @param reservations  the logins a pending registration already asked for
 * @param sessions      the login sessions, ended when an administrator's rights are revoked
 * @param numberUse     which signed numbers a convention already uses
 */
public record CaissePorts(ReferenceData referenceData, Accounts accounts, LoginReservations reservations,
        LoginSessions sessions, ConventionNumberUse numberUse) {
}
