package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.shared.PasswordHasher;
import fr.portailpartenaires.application.shared.PasswordResets;
import fr.portailpartenaires.application.shared.PortalSettings;

/**
 * What the account use cases (login, password, e-mail address, usage rules) work on besides the
 * {@link fr.portailpartenaires.application.shared.UseCaseSupport}: built once where the feature is wired and given
 * to each of its services, which take what is set up for them alone (a throttling, the captcha check) explicitly.
 *
 * @param accounts    the accounts and their credentials
 * @param hasher      hashes and checks passwords
 * @param sessions    the login sessions
 * @param resets      the pending temporary passwords of « Mot de passe oublié »
 * @param acceptances which version of the usage rules each user accepted
 * @param settings    the password policy and the usage rules in force
 * @param changes     the pending changes of e-mail address, until their link is opened
 */
public record AccountPorts(Accounts accounts, PasswordHasher hasher, LoginSessions sessions, PasswordResets resets,
        UsageRulesAcceptances acceptances, PortalSettings settings, EmailChanges changes) {
}
