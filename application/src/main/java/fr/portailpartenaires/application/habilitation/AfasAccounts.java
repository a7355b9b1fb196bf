package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.Login;
import java.time.Instant;
import java.util.Optional;

/**
 * The identity of the AFAS users — their accounts, owners of their identifier, address, password and closing date
 * (ADR 26) — as the AFAS use cases change it, each step explicit and in the caller's transaction: whether an
 * identifier or an address is free, the address reserved and the closing date set once the user's account exists,
 * and the temporary password of a new user, mailed with their identifier (spec §7 « Création de compte ») and
 * audited.
 */
public final class AfasAccounts {

    private final UseCaseSupport support;
    private final Accounts accounts;
    private final TemporaryPasswords passwords;

    public AfasAccounts(UseCaseSupport support, Accounts accounts, TemporaryPasswords passwords) {
        this.support = support;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** True when an account of the portal already has this login. */
    boolean taken(Login identifier) {
        return accounts.loginTaken(identifier.key());
    }

    /** True when an account has reserved this address: an AFAS user's address is unique in the portal (spec §6.3). */
    boolean emailTaken(EmailAddress email) {
        return accounts.emailTaken(email);
    }

    /** The identity's part of a new user whose account the partner's save created: the address reserved, the status. */
    void open(AfasUser user) {
        accounts.reserveEmail(user.id());
        user.period().end().ifPresent(closing -> accounts.setClosingDate(user.id(), Optional.of(closing)));
    }

    /** The identity's part of a modified user: the closing date (the address moved with the partner's save). */
    void changed(AfasUser before, AfasUser after) {
        if (!before.period().end().equals(after.period().end())) {
            accounts.setClosingDate(after.id(), after.period().end());
        }
    }

    /** The new user's temporary password, mailed with their identifier; the creation audited in {@code scope}. */
    void issue(Principal actor, String partnerName, AfasUser user, Instant now, String sourceAddress, String scope) {
        var temporary = passwords.draw(user.identifier().value());
        passwords.issue(user.id(), temporary, user.email().value(), new MailParameters.CreationCompte(
                partnerName, Optional.of(user.identifier().value()), temporary.value(), temporary.validity()), now);
        support.audit(AfasAudit.event(actor, now, AuditAction.USER_CREATED, sourceAddress, scope)
                .withTarget(AfasAudit.userTarget(user.id()))
                .withDetail("login", AuditedChanges.safe(user.identifier().value())));
        support.audit(TemporaryPasswords.issuedEvent(now, user.id()).withScope(scope));
    }
}
