package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Sha256;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.EmailTakenException;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * « Modifier mon adresse mail »: the request checks the current password and mails a random 256-bit token
 * (stored as its SHA-256 only, valid {@link #VALIDITY}, single use) to the new address; the confirmation
 * consumes it, replaces the account's address, tells the old address and audits. Each call is one
 * transaction; nothing changes on any refusal.
 */
public final class EmailChangeService extends UseCaseBase<AccountPorts> implements ChangeMyEmail {

    static final Duration VALIDITY = Duration.ofHours(24);
    static final int MAX_TOKEN = 100;
    static final Refusal UNKNOWN_TOKEN = Refusal.of("adresse_mail.lien_inconnu");
    static final Refusal TAKEN = Refusal.of("adresse_mail.deja_utilisee");
    static final Refusal EXPIRED_TOKEN = Refusal.of("adresse_mail.lien_expire");
    static final Refusal SESSION_EXPIRED = Refusal.of("session.expiree");
    static final String REQUESTED = "Un lien de confirmation a été envoyé à la nouvelle adresse e-mail. "
            + "Votre adresse ne changera qu'une fois ce lien ouvert (il est valable 24 heures).";
    static final String CONFIRMED = "Votre adresse e-mail a été modifiée.";

    /** @param support its randomness draws the tokens */
    public EmailChangeService(UseCaseSupport support, AccountPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<LinkSent> request(Principal principal, EmailChangeForm form, String sourceAddress) {
        return Guards.loggedIn(principal).flatMap(who -> support.validate(form))
                .flatMap(errors -> ports.accounts().find(principal.user())
                        .map(credentials -> request(principal, credentials, form, errors, sourceAddress))
                        .orElseGet(() -> Outcome.refused(Reason.UNAUTHENTICATED, SESSION_EXPIRED)));
    }

    private Outcome<LinkSent> request(Principal principal, Accounts.Credentials credentials, EmailChangeForm form,
            FormErrors errors, String sourceAddress) {
        Optional<EmailAddress> email = errors.parse("nouvelleAdresse", form.nouvelleAdresse(), EmailAddress::parse);
        if (email.isPresent() && !errors.has("confirmation")
                && !form.confirmation().strip().equalsIgnoreCase(form.nouvelleAdresse().strip())) {
            errors.add("confirmation", "Les deux adresses e-mail saisies sont différentes.");
        }
        if (email.isPresent() && email.get().value().equalsIgnoreCase(credentials.email().value())) {
            errors.add("nouvelleAdresse", "La nouvelle adresse e-mail est celle du compte.");
        } else if (email.isPresent() && ports.accounts().emailTaken(email.get())) {
            // CAF users' addresses are reserved, unique in the portal (spec §6.3), whoever changes theirs
            errors.add("nouvelleAdresse", TAKEN.message());
        }
        if (!errors.has("motDePasse")
                && !ports.hasher().verify(form.motDePasse(), credentials.passwordHash().orElse(""))) {
            errors.add("motDePasse", "Le mot de passe actuel est incorrect.");
        }
        if (!errors.isEmpty()) {
            return errors.toOutcome();
        }
        String token = newToken();
        return support.inTransaction(() -> {
            Instant now = support.now();
            ports.changes().replace(new EmailChanges.Pending(Sha256.hex(token), credentials.id(), email.get(), now,
                    now.plus(VALIDITY)));
            support.mail(email.get().value(), new MailParameters.ChangementAdresseMail(
                    credentials.login().value(), token, VALIDITY), now);
            support.audit(event(principal.user().value().toString(), credentials, now, AuditAction.EMAIL_CHANGE_REQUESTED,
                    sourceAddress));
            return Outcome.done(new LinkSent(REQUESTED));
        });
    }

    @Override
    public Outcome<Confirmed> confirm(String token, String sourceAddress) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return Outcome.refused(Reason.NOT_FOUND, UNKNOWN_TOKEN);
        }
        String tokenHash = Sha256.hex(token.strip());
        try {
            return support.inTransaction(() -> confirmed(tokenHash, sourceAddress));
        } catch (EmailTakenException e) {
            // reserved by a CAF user after the check above, by a transaction committed meanwhile: all rolled back
            return Outcome.refused(Reason.CONFLICT, TAKEN);
        }
    }

    private Outcome<Confirmed> confirmed(String tokenHash, String sourceAddress) {
        Instant now = support.now();
        Optional<EmailChanges.Pending> found = ports.changes().findByTokenHash(tokenHash);
        if (found.isEmpty()) {
            return Outcome.refused(Reason.NOT_FOUND, UNKNOWN_TOKEN);
        }
        EmailChanges.Pending pending = found.get();
        if (!now.isBefore(pending.expiresAt())) {
            return Outcome.refused(Reason.GONE, EXPIRED_TOKEN);
        }
        if (ports.accounts().emailTaken(pending.newEmail())) {
            // reserved by a CAF user since the request: the link stays unused, nothing changes
            return Outcome.refused(Reason.CONFLICT, TAKEN);
        }
        Optional<Accounts.Credentials> account = ports.accounts().find(pending.account());
        if (account.isEmpty() || !ports.changes().consume(tokenHash)) {
            return Outcome.refused(Reason.NOT_FOUND, UNKNOWN_TOKEN);
        }
        Accounts.Credentials credentials = account.get();
        ports.accounts().setEmail(credentials.id(), pending.newEmail());
        support.mail(credentials.email().value(), new MailParameters.NotificationSecurite(
                credentials.login().value(), MailParameters.SecurityChange.ADRESSE_MAIL_MODIFIEE, now), now);
        support.audit(event(credentials.id().value().toString(), credentials, now, AuditAction.EMAIL_CHANGED,
                sourceAddress)
                .withDetail("email.ancien", AuditedChanges.safe(credentials.email().value()))
                .withDetail("email.nouveau", AuditedChanges.safe(pending.newEmail().value())));
        return Outcome.done(new Confirmed(credentials.login().value(), pending.newEmail().value(), CONFIRMED));
    }

    /** 256 random bits, URL-safe Base64 without padding (43 characters). */
    private String newToken() {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i += 8) {
            long value = support.random().nextLong();
            for (int j = 0; j < 8; j++) {
                bytes[i + j] = (byte) (value >>> (8 * j));
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static AuditEvent event(String actor, Accounts.Credentials account, Instant now, AuditAction action,
            String sourceAddress) {
        AuditEvent event = AuditEvent.of(now, actor, action)
                .withTarget("user:" + account.id().value())
                .withSourceAddress(sourceAddress)
                .withDetail("login", AuditedChanges.safe(account.login().value()));
        return account.partner().map(partner -> event.withScope("partner:" + partner.value())).orElse(event);
    }
}
