package fr.portailpartenaires.application.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * A mail to send: put in the {@link Outbox} by the use case that causes it, sent later by the outbox job.
 * Invalid values are bugs of the caller (the recipient comes from a validated e-mail address), so they throw.
 * {@code toString()} leaves the bodies out: they may hold a temporary password.
 *
 * @param recipient one e-mail address (no name part, no line break)
 * @param template  which mail
 * @param subject   one line, at most {@value #MAX_SUBJECT} characters
 * @param textBody  the plain-text part, at most {@value #MAX_BODY} characters
 * @param htmlBody  the HTML part, at most {@value #MAX_BODY} characters
 * @param createdAt when the change that causes it happened
 */
public record OutgoingMail(String recipient, MailTemplate template, String subject, String textBody, String htmlBody,
        Instant createdAt) {

    public static final int MAX_RECIPIENT = 254;
    public static final int MAX_SUBJECT = 255;
    public static final int MAX_BODY = 100_000;

    public OutgoingMail {
        requireAddress(recipient);
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > MAX_SUBJECT || subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The subject must be one non-blank line of at most " + MAX_SUBJECT
                    + " characters");
        }
        requireBody(textBody, "textBody");
        requireBody(htmlBody, "htmlBody");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The rendered mail addressed to one recipient. */
    public static OutgoingMail of(String recipient, RenderedMail mail, Instant createdAt) {
        return new OutgoingMail(recipient, mail.template(), mail.subject(), mail.textBody(), mail.htmlBody(), createdAt);
    }

    @Override
    public String toString() {
        return "OutgoingMail[recipient=" + recipient + ", template=" + template + ", subject=" + subject
                + ", createdAt=" + createdAt + "]";
    }

    private static void requireAddress(String recipient) {
        Objects.requireNonNull(recipient, "recipient");
        int at = recipient.indexOf('@');
        boolean valid = recipient.length() <= MAX_RECIPIENT
                && at > 0 && at == recipient.lastIndexOf('@') && at < recipient.length() - 1
                && recipient.substring(at + 1).contains(".")
                && recipient.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                        || c == '<' || c == '>' || c == ',' || c == ';' || c == '"');
        if (!valid) {
            throw new IllegalArgumentException("Not a single e-mail address: " + recipient);
        }
    }

    private static void requireBody(String body, String name) {
        Objects.requireNonNull(body, name);
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException(name + " must be non-blank and at most " + MAX_BODY + " characters");
        }
    }
}
