package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.ReferenceData;

/**
 * What the AFAS use cases work on besides the {@link fr.portailpartenaires.application.shared.UseCaseSupport}: built
 * once where the feature is wired and given to each of its services, which call the ports they need.
 *
 * @param conventions   the AFAS conventions, their users, groups and habilitations
 * @param partners      the partners holding them
 * @param referenceData the caisses, to tell a CAF from another caisse
 * @param identities    the AFAS users' accounts (identifier, address, password, closing date)
 * @param sessions      the login sessions, ended when a user is closed
 * @param access        the frame of every AFAS use case, on the same support, conventions and partners
 */
public record HabilitationPorts(AfasConventions conventions, Partners partners, ReferenceData referenceData,
        AfasAccounts identities, LoginSessions sessions, AfasConventionAccess access) {
}
