package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.user.Login;
import java.time.Instant;
import java.util.Optional;

/**
 * The accounts of new AFAS users (the convention's administrator the CAF names, the users the partner creates):
 * whether their generated identifier is free, and their temporary password, mailed with their identifier
 * (spec §7 « Création de compte ») and audited, in the caller's transaction.
 */
public final class NewAfasAccounts {

    private final UseCaseSupport support;
    private final Accounts accounts;
    private final TemporaryPasswords passwords;

    public NewAfasAccounts(UseCaseSupport support, Accounts accounts, TemporaryPasswords passwords) {
        this.support = support;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** True when an account of the portal already has this login. */
    boolean taken(Login identifier) {
        return accounts.loginTaken(identifier.key());
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
