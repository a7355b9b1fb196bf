package fr.portailpartenaires.application.contact;

import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.CaptchaCheck;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.application.shared.ContactDetails;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The contact form « Nous contacter » (spec §2.4): every field checked at once (lengths capped, no
 * control characters but line breaks and tabs in the message, a valid e-mail address), a captcha for
 * visitors, throttled per source address; the message is kept and mailed to the assistance address of
 * the portal ({@link PortalSettings#assistanceEmail()}) in one transaction.
 */
public final class ContactService implements ContactAssistance {

    private final UseCaseSupport support;
    private final CaptchaCheck captcha;
    private final Accounts accounts;
    private final ContactMessages messages;
    private final RequestThrottling perAddress;
    private final EmailAddress assistance;

    /** @param perAddress on {@code CONTACT_ADDRESS} counters ({@link RequestThrottling#PER_ADDRESS}) */
    public ContactService(UseCaseSupport support, CaptchaCheck captcha, Accounts accounts, ContactMessages messages,
            RequestThrottling perAddress, PortalSettings settings) {
        this.support = support;
        this.captcha = captcha;
        this.accounts = accounts;
        this.messages = messages;
        this.perAddress = perAddress;
        this.assistance = settings.assistanceEmail();
    }

    @Override
    public Outcome<Sent> send(ContactForm form, Optional<Principal> sender, String sourceAddress) {
        return mayWrite(sender).flatMap(free -> support.validate(form))
                .flatMap(errors -> send(form, errors, sender, sourceAddress));
    }

    /** Anyone may write, but a logged-in sender only once their session's obligations are met. */
    private static Outcome<Optional<Principal>> mayWrite(Optional<Principal> sender) {
        return sender.isEmpty() ? Outcome.done(sender) : Guards.loggedIn(sender.get()).map(Optional::of);
    }

    private Outcome<Sent> send(ContactForm form, FormErrors errors, Optional<Principal> sender, String sourceAddress) {
        Instant now = support.now();
        Optional<Duration> wait = perAddress.waitFor(sourceAddress, now);
        if (wait.isPresent()) {
            return Outcome.tooManyRequests(RequestThrottling.refusal(wait.get()), wait.get());
        }
        if (sender.isEmpty()) {
            captcha.check(form.captchaId(), form.captcha(), errors);
        }
        refuseControlCharacters(errors, "numeroConvention", form.numeroConvention(), false);
        refuseControlCharacters(errors, "institution", form.institution(), false);
        refuseControlCharacters(errors, "departement", form.departement(), false);
        refuseControlCharacters(errors, "nom", form.nom(), false);
        refuseControlCharacters(errors, "prenom", form.prenom(), false);
        refuseControlCharacters(errors, "objet", form.objet(), false);
        refuseControlCharacters(errors, "message", form.message(), true);
        Optional<EmailAddress> email = errors.parse("email", form.email(), EmailAddress::parse);
        Optional<PhoneNumber> phone = errors.parse("telephone", form.telephone(), PhoneNumber::parse);
        if (!errors.isEmpty() || email.isEmpty() || phone.isEmpty()) {
            return errors.toOutcome();
        }
        ContactDetails details = new ContactDetails(form.numeroConvention().strip().toUpperCase(Locale.ROOT),
                optional(form.institution()), optional(form.departement()), optional(form.prenom()),
                phone.get().display());
        return support.inTransaction(() -> {
            perAddress.record(sourceAddress, now);
            return keepAndMail(form, email.get(), details, sender, sourceAddress, now);
        });
    }

    private static Optional<String> optional(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    private Outcome<Sent> keepAndMail(ContactForm form, EmailAddress email, ContactDetails details,
            Optional<Principal> sender, String sourceAddress, Instant now) {
        UUID id = UUID.randomUUID();
        String name = form.nom().strip();
        String subject = form.objet().strip();
        String text = form.message().replace("\r\n", "\n").replace('\r', '\n').strip();
        Optional<UserId> user = sender.map(Principal::user);
        Optional<String> login = user.flatMap(accounts::find).map(credentials -> credentials.login().value());
        messages.add(new ContactMessages.ContactMessage(id, now, name, email.value(), subject, text, user,
                Optional.ofNullable(sourceAddress), Optional.of(details)));
        support.mail(assistance.value(), new MailParameters.Contact(name, email.value(), subject, text, login, now, Optional.of(details)), now);
        support.audit(AuditEvent.of(now, user.map(u -> u.value().toString()).orElse(AuditEvent.ANONYMOUS),
                        AuditAction.CONTACT_MESSAGE_SENT)
                .withTarget("contact:" + id)
                .withSourceAddress(sourceAddress));
        return Outcome.done(new Sent(id, SENT));
    }

    private static void refuseControlCharacters(FormErrors errors, String field, String value, boolean multiline) {
        if (value == null || errors.has(field)) {
            return;
        }
        boolean refused = value.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (refused) {
            errors.add(field, multiline
                    ? "Le message contient des caractères non imprimables : retirez-les."
                    : "Ce champ tient sur une ligne, sans caractère non imprimable.");
        }
    }
}
