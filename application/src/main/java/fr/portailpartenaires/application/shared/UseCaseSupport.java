package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The infrastructure every use case is built on, whatever its feature: the command validator, the transactions, the
 * audit trail, the outbox and its templates, randomness and the clock. A service takes it first, then the ports of
 * its own feature, so that its constructor shows what it really depends on.
 *
 * @param random draws ids, tokens and passwords: a {@link java.security.SecureRandom} in production
 */
public record UseCaseSupport(Validator validator, Transactions transactions, AuditLog audit, Outbox outbox,
        MailTemplates templates, RandomGenerator random, Clock clock) {

    public UseCaseSupport {
        Components.required(UseCaseSupport.class, validator, transactions, audit, outbox, templates, random, clock);
    }

    /** The instant a use case runs at. */
    public Instant now() {
        return clock.instant();
    }

    /** Runs the work in one transaction: see {@link Transactions#inTransaction}. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /** Runs the work in one transaction committed only when done: see {@link Transactions#commitIfDone}. */
    public <T> Outcome<T> commitIfDone(Supplier<Outcome<T>> work) {
        return transactions.commitIfDone(work);
    }

    /** Appends the event to the audit trail, in the caller's transaction. */
    public void audit(AuditEvent event) {
        audit.append(event);
    }

    /** The first step of every command: see {@link FormErrors#validate(Validator, Object)}. */
    public Outcome<FormErrors> validate(Object command) {
        return FormErrors.validate(validator, command);
    }

    /** Renders {@code mail} and puts it in the outbox for {@code recipient}, in the caller's transaction. */
    public void mail(String recipient, MailParameters mail, Instant now) {
        mail(List.of(recipient), mail, now);
    }

    /** Renders {@code mail} once and puts a copy in the outbox for each of {@code recipients}. */
    public void mail(List<String> recipients, MailParameters mail, Instant now) {
        RenderedMail rendered = templates.render(mail);
        recipients.forEach(recipient -> outbox.enqueue(OutgoingMail.of(recipient, rendered, now)));
    }

    /**
     * The same support on a clock that gives instants to the microsecond, as both databases keep them, so that what
     * a use case answers is what it stored and reads back.
     */
    public UseCaseSupport toMicroseconds() {
        return new UseCaseSupport(validator, transactions, audit, outbox, templates, random,
                Clock.tick(clock, Duration.ofNanos(1_000)));
    }
}
