package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.LoginReservations;
import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.shared.Partners;

/**
 * What the partner's own use cases work on besides the {@link fr.portailpartenaires.application.shared.UseCaseSupport}:
 * built once where the feature is wired and given to each of its services, which call the ports they need; the
 * temporary passwords, drawn with the service's own randomness, are given apart.
 *
 * @param partners       the partners and their users
 * @param views          the read model of a partner, for its page and its header
 * @param accounts       the users' accounts
 * @param registrations  the logins a pending registration already asked for
 * @param sessions       the login sessions, ended when a user is deleted or loses a right
 * @param administration the frame of an administrator's call, on the same partners
 */
public record PartnerPorts(Partners partners, PartnerViews views, Accounts accounts, LoginReservations registrations,
        LoginSessions sessions, PartnerAdministration administration) {
}
