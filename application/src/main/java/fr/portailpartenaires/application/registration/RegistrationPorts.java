package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.ConventionNumberUse;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.ReferenceData;

/**
 * What the registration use cases (a partner's registration, the caisse's review of it) work on besides the
 * {@link fr.portailpartenaires.application.shared.UseCaseSupport}: built once where the feature is wired and given
 * to each of its services, which take what only they use (a captcha, a throttling) explicitly.
 *
 * @param registrations the pending registrations
 * @param referenceData the régimes, caisses, partner types and signed numbers a registration names
 * @param numberUse     which signed numbers a convention or a pending registration already uses
 * @param accounts      the accounts, whose logins a registration must not take
 * @param partners      the partners a validated registration creates
 * @param conventions   the conventions a validated registration creates
 * @param settings      the conditions of use in force
 */
public record RegistrationPorts(Registrations registrations, ReferenceData referenceData,
        ConventionNumberUse numberUse, Accounts accounts, Partners partners, Conventions conventions,
        PortalSettings settings) {
}
