package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.password.TemporaryPassword;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The temporary passwords the portal issues (a registration validated, a user created, a password forgotten): drawn
 * under the {@link PortalSettings#passwordPolicy() password policy}, hashed, stored as the account's password with
 * its expiry and a change forced at the next login, and mailed through the outbox, in the caller's transaction.
 *
 * <p>Drawing (the costly hash included) and issuing are two steps, so that a caller may draw before it knows whether
 * it will issue (the forgotten password does the same work either way). The caller audits the issue with
 * {@link #issuedEvent}, after its own events.
 */
public final class TemporaryPasswords {

    /** A temporary password drawn and hashed, not stored yet. */
    public record Drawn(TemporaryPassword password, String hash, Duration validity) {

        /** The password in clear, for its mail only. */
        public String value() {
            return password.value();
        }
    }

    private final UseCaseSupport support;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final PortalSettings settings;

    /** @param support its randomness draws the passwords, its outbox mails them */
    public TemporaryPasswords(UseCaseSupport support, Accounts accounts, PasswordHasher hasher,
            PortalSettings settings) {
        this.support = support;
        this.accounts = accounts;
        this.hasher = hasher;
        this.settings = settings;
    }

    /** A temporary password for {@code login}, valid {@link PortalSettings#temporaryPasswordValidity()}, hashed. */
    public Drawn draw(String login) {
        TemporaryPassword temporary = TemporaryPassword.generate(settings.passwordPolicy(), login, support.random(),
                support.clock(), settings.temporaryPasswordValidity());
        return new Drawn(temporary, hasher.hash(temporary.value()), settings.temporaryPasswordValidity());
    }

    /**
     * Stores the drawn password as the user's (until it expires, to be changed at the next login), then mails
     * {@code mail}, which carries it, to {@code recipient}.
     */
    public void issue(UserId user, Drawn drawn, String recipient, MailParameters mail, Instant now) {
        accounts.setPassword(user, drawn.hash(), Optional.of(drawn.password().expiresAt()), true);
        mail(recipient, mail, now);
    }

    /** Mails {@code mail}, which carries a drawn password kept elsewhere (a forgotten password's), to {@code recipient}. */
    public void mail(String recipient, MailParameters mail, Instant now) {
        support.mail(recipient, mail, now);
    }

    /** The system's audit event of a temporary password issued to {@code user}; the caller adds a scope if any. */
    public static AuditEvent issuedEvent(Instant now, UserId user) {
        return AuditEvent.of(now, AuditEvent.SYSTEM, AuditAction.TEMPORARY_PASSWORD_ISSUED)
                .withTarget("user:" + user.value());
    }
}
