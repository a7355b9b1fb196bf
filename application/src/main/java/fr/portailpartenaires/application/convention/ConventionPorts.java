package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.ConventionNumberUse;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.ReferenceData;

/**
 * What the convention use cases work on besides the {@link fr.portailpartenaires.application.shared.UseCaseSupport}:
 * built once where the feature is wired and given to each of its services, which call the ports they need.
 *
 * @param partners      the partners who request conventions (and their administrators)
 * @param conventions   the conventions themselves
 * @param referenceData the régimes, caisses and partner types a request names
 * @param numberUse     the caisses' signed numbers, and which of them a convention already uses
 * @param sessions      the login sessions, which keep the convention a partner user works on
 */
public record ConventionPorts(Partners partners, Conventions conventions, ReferenceData referenceData,
        ConventionNumberUse numberUse, LoginSessions sessions) {
}
