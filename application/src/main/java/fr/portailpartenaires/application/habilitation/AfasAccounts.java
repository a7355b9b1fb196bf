package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.Login;
import java.time.Instant;
import java.util.Optional;

/**
 * The identity of the AFAS users — their accounts, owners of their identifier, address, password and closing date
 * (ADR 26) — as the AFAS use cases change it, each step explicit and in the caller's transaction: whether an
 * identifier or an address is free, a new user's account opened (their address reserved, their closing date set), a
 * modified user's changed parts written, and the temporary password of a new user, mailed with their identifier (spec §7 « Création de compte ») and
 * audited.
 */
public final class AfasAccounts extends UseCaseBase<Accounts> {

    private final TemporaryPasswords passwords;

    public AfasAccounts(UseCaseSupport support, Accounts accounts, TemporaryPasswords passwords) {
        super(support, accounts);
        this.passwords = passwords;
    }

    /** True when an account of the portal already has this login. */
    boolean taken(Login identifier) {
        return ports.loginTaken(identifier.key());
    }

    /** True when an account has reserved this address: an AFAS user's address is unique in the portal (spec §6.3). */
    boolean emailTaken(EmailAddress email) {
        return ports.emailTaken(email);
    }

    /**
     * The account of a new user, once the partner that has them is saved and before the convention that refers to
     * them: opened as the partner's user, its address reserved, its status set.
     */
    void open(Partner partner, AfasUser user) {
        ports.openPartnerUser(partner.id(), partner.user(user.id()).orElseThrow());
        ports.reserveEmail(user.id());
        user.period().end().ifPresent(closing -> ports.setClosingDate(user.id(), Optional.of(closing)));
    }

    /** The identity's changed parts of a modified user — names and phone, address (still reserved), closing date. */
    void changed(AfasUser before, AfasUser after) {
        if (!before.lastName().equals(after.lastName()) || !before.firstName().equals(after.firstName())
                || !before.phone().equals(after.phone())) {
            ports.setNamesAndPhone(after.id(), after.lastName(), after.firstName(), after.phone());
        }
        if (!before.email().equals(after.email())) {
            ports.setEmail(after.id(), after.email());
        }
        if (!before.period().end().equals(after.period().end())) {
            ports.setClosingDate(after.id(), after.period().end());
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
