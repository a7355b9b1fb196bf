package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.account.JooqEmailChanges;
import fr.portailpartenaires.adapters.persistence.account.JooqLoginAttempts;
import fr.portailpartenaires.adapters.persistence.account.JooqPasswordResets;
import fr.portailpartenaires.adapters.persistence.account.JooqSigningKeys;
import fr.portailpartenaires.application.account.AccountPorts;
import fr.portailpartenaires.application.account.DeviceCookies;
import fr.portailpartenaires.application.shared.PasswordResets;
import fr.portailpartenaires.adapters.persistence.account.JooqUsageRulesAcceptances;
import fr.portailpartenaires.application.account.AcceptUsageRules;
import fr.portailpartenaires.application.account.Authenticate;
import fr.portailpartenaires.application.account.AuthenticationService;
import fr.portailpartenaires.application.account.ChangeMyEmail;
import fr.portailpartenaires.application.account.EmailChangeService;
import fr.portailpartenaires.application.account.ForgottenPassword;
import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.account.LoginThrottling;
import fr.portailpartenaires.application.account.PasswordResetService;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.application.account.UsageRulesService;
import fr.portailpartenaires.application.registration.CaptchaService;
import java.time.Instant;
import java.util.List;

/** Login, sessions, passwords (forgotten, changed), usage rules and the e-mail change (spec §2.2–§2.4). */
public final class AccountFeature {

    private final Infrastructure infra;
    private final LoginAttempts loginAttempts;
    private final LoginThrottling throttling;
    private final PasswordResets resets;
    private final List<RequestThrottling> resetThrottling;
    private final AuthenticationService authentication;
    private final PasswordResetService passwordReset;
    private final UsageRulesService usageRules;
    private final EmailChangeService emailChange;

    AccountFeature(Infrastructure infra, CaptchaService captcha) {
        this.infra = infra;
        loginAttempts = new JooqLoginAttempts(infra.database());
        throttling = new LoginThrottling(loginAttempts,
                new DeviceCookies(new JooqSigningKeys(infra.database(), infra.clock())));
        resets = new JooqPasswordResets(infra.database());
        var acceptances = new JooqUsageRulesAcceptances(infra.database());
        var ports = new AccountPorts(infra.accounts(), infra.hasher(), infra.sessions(), resets, acceptances,
                infra.settings(), new JooqEmailChanges(infra.database()));
        authentication = new AuthenticationService(infra.support(), ports, throttling, infra.referenceData());
        var perAddress = new RequestThrottling(loginAttempts, LoginAttempts.Scope.PASSWORD_RESET_ADDRESS,
                RequestThrottling.PER_ADDRESS).audited(infra.auditLog());
        var perAccount = new RequestThrottling(loginAttempts, LoginAttempts.Scope.PASSWORD_RESET_ACCOUNT,
                RequestThrottling.PER_ACCOUNT).audited(infra.auditLog());
        resetThrottling = List.of(perAddress, perAccount);
        passwordReset = new PasswordResetService(infra.support(), ports, captcha::verify, infra.temporaryPasswords(),
                perAddress, perAccount);
        usageRules = new UsageRulesService(infra.support(), ports);
        emailChange = new EmailChangeService(infra.support(), ports);
    }

    public Authenticate authenticate() {
        return authentication;
    }

    public ForgottenPassword forgottenPassword() {
        return passwordReset;
    }

    public AcceptUsageRules acceptUsageRules() {
        return usageRules;
    }

    public ChangeMyEmail emailChange() {
        return emailChange;
    }

    /** The contact form is throttled per address with the same counters. */
    RequestThrottling contactThrottling() {
        return new RequestThrottling(loginAttempts, LoginAttempts.Scope.CONTACT_ADDRESS, RequestThrottling.PER_ADDRESS)
                .audited(infra.auditLog());
    }

    void purgeExpired(Instant now) {
        infra.sessions().purgeExpired(now);
        throttling.purgeForgotten(now);
        resets.purgeExpired(now);
        resetThrottling.forEach(counters -> counters.purgeForgotten(now));
    }
}
