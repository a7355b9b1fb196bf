package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the operator's mail log: who, which mail, where it stands. No body, so no temporary password.
 *
 * @param id            the outbox id, newest highest
 * @param recipient     the address it goes to
 * @param template      which mail
 * @param subject       its subject line
 * @param status        pending, sent or failed
 * @param attempts      sending attempts that failed or succeeded so far
 * @param createdAt     when the business change that caused it was committed
 * @param nextAttemptAt when it will be tried next, while pending
 * @param sentAt        when the SMTP server acknowledged it
 * @param lastError     why the last attempt failed (short, no secrets)
 */
public record MailLogEntry(long id, String recipient, MailTemplate template, String subject, MailStatus status,
        int attempts, Instant createdAt, Optional<Instant> nextAttemptAt, Optional<Instant> sentAt,
        Optional<String> lastError) {

    public MailLogEntry {
        Components.required(MailLogEntry.class, id, recipient, template, subject, status, attempts, createdAt,
                nextAttemptAt, sentAt, lastError);
    }
}
