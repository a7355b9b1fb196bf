package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.CaptchaCheck;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.application.shared.PasswordResets;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * « Mot de passe oublié » (spec §2.4) without user enumeration.
 *
 * <ul>
 *   <li>The answer is {@link #ANSWER} whether or not the login and e-mail match an account, and both
 *       paths do the same costly work: one temporary password drawn and hashed (Argon2id); only the
 *       matching one is stored and mailed.</li>
 *   <li>Throttled per source address ({@link RequestThrottling#PER_ADDRESS}: {@code TOO_MANY_REQUESTS}
 *       with the wait), checked before the captcha; per account, at most a few mails a day
 *       ({@link RequestThrottling#PER_ACCOUNT}), silently.</li>
 *   <li>A match keeps the temporary password beside the account's ({@link PasswordResets}, valid
 *       {@link PortalSettings#temporaryPasswordValidity()}): the current password and the open sessions go on working
 *       (the request may be a stranger's, issue 19). The temporary password replaces the current one only when it is
 *       used to log in (change forced then, other sessions ended: see {@code AuthenticationService}); a login with the
 *       current password cancels it; a new request replaces it.</li>
 *   <li>Audit: one {@code PASSWORD_RESET_REQUESTED} per request that passed the captcha, with its source
 *       address and an {@code outcome} detail. The typed login is never recorded: when it names no account
 *       it may be anything (a mistyped e-mail, someone else's name), and it would turn the trail into a
 *       list of guesses. When it names an account, the entry targets that account's id ({@code user:…}),
 *       matched or not, so that the operator sees requests aimed at an account.</li>
 * </ul>
 */
public final class PasswordResetService extends UseCaseBase<AccountPorts> implements ForgottenPassword {

    /** Drawn for when nothing matches: the same work as for an account, thrown away. */
    private static final String NO_ACCOUNT = "inconnu";

    private final CaptchaCheck captcha;
    private final TemporaryPasswords passwords;
    private final RequestThrottling perAddress;
    private final RequestThrottling perAccount;

    /**
     * @param perAddress on {@code PASSWORD_RESET_ADDRESS} counters ({@link RequestThrottling#PER_ADDRESS})
     * @param perAccount on {@code PASSWORD_RESET_ACCOUNT} counters ({@link RequestThrottling#PER_ACCOUNT})
     */
    public PasswordResetService(UseCaseSupport support, AccountPorts ports, CaptchaCheck captcha,
            TemporaryPasswords passwords, RequestThrottling perAddress, RequestThrottling perAccount) {
        super(support, ports);
        this.captcha = captcha;
        this.passwords = passwords;
        this.perAddress = perAddress;
        this.perAccount = perAccount;
    }

    @Override
    public Outcome<Requested> request(Request request, String sourceAddress) {
        return support.validate(request).flatMap(errors -> {
            Instant now = support.now();
            Optional<Duration> wait = perAddress.waitFor(sourceAddress, now);
            if (wait.isPresent()) {
                return Outcome.tooManyRequests(RequestThrottling.refusal(wait.get()), wait.get());
            }
            captcha.check(request.captchaId(), request.captcha(), errors);
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            return support.inTransaction(() -> {
                perAddress.record(sourceAddress, now);
                return answer(request, sourceAddress, now);
            });
        });
    }

    private Outcome<Requested> answer(Request request, String sourceAddress, Instant now) {
        Optional<Accounts.Credentials> account = ports.accounts()
                .findByLogin(request.login().strip().toLowerCase(Locale.ROOT));
        String typedEmail = request.email().strip().toLowerCase(Locale.ROOT);
        Optional<Accounts.Credentials> matched = account.filter(c -> c.email().normalized().equals(typedEmail));
        TemporaryPasswords.Drawn temporary = passwords.draw(matched.map(c -> c.login().value()).orElse(NO_ACCOUNT));
        AuditEvent requested = AuditEvent.of(now, AuditEvent.ANONYMOUS, AuditAction.PASSWORD_RESET_REQUESTED)
                .withSourceAddress(sourceAddress)
                .withTarget(account.map(c -> "user:" + c.id().value()).orElse(null));
        if (matched.isEmpty()) {
            support.audit(requested.withDetail("outcome", account.isPresent() ? "EMAIL_MISMATCH" : "NO_ACCOUNT"));
            return Outcome.done(new Requested(ANSWER));
        }
        Accounts.Credentials credentials = matched.get();
        String accountKey = credentials.id().value().toString();
        if (perAccount.waitFor(accountKey, now).isPresent()) {
            support.audit(requested.withDetail("outcome", "ACCOUNT_LIMIT_REACHED"));
            return Outcome.done(new Requested(ANSWER));
        }
        perAccount.record(accountKey, now);
        ports.resets().save(credentials.id(), new PasswordResets.Pending(ResetCodes.digest(temporary.value()),
                temporary.hash(), temporary.password().expiresAt(), now));
        passwords.mail(credentials.email().value(), new MailParameters.MotDePasseOublie(credentials.login().value(),
                temporary.value(), temporary.validity()), now);
        support.audit(requested.withDetail("outcome", "TEMPORARY_PASSWORD_SENT"));
        support.audit(TemporaryPasswords.issuedEvent(now, credentials.id()));
        return Outcome.done(new Requested(ANSWER));
    }
}
