package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailTemplates;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.PasswordHasher;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.user.Login;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The accounts of new AFAS users (the convention's administrator the CAF names, the users the partner creates):
 * whether their generated identifier is free, and their temporary password, mailed with their identifier
 * (spec §7 « Création de compte ») and audited, in the caller's transaction.
 */
public final class NewAfasAccounts {

    private final Accounts accounts;
    private final TemporaryPasswords passwords;
    private final AuditLog audit;

    /** @param random draws the temporary passwords: a {@link java.security.SecureRandom} in production */
    public NewAfasAccounts(Accounts accounts, PasswordHasher hasher, Outbox outbox, MailTemplates templates,
            AuditLog audit, PortalSettings settings, RandomGenerator random, Clock clock) {
        this.accounts = accounts;
        this.passwords = new TemporaryPasswords(accounts, hasher, outbox, templates, settings, random, clock);
        this.audit = audit;
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
        audit.append(AfasAudit.event(actor, now, AuditAction.USER_CREATED, sourceAddress, scope)
                .withTarget(AfasAudit.userTarget(user.id()))
                .withDetail("login", AuditedChanges.safe(user.identifier().value())));
        audit.append(TemporaryPasswords.issuedEvent(now, user.id()).withScope(scope));
    }
}
