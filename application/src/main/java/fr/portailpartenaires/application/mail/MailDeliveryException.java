package fr.portailpartenaires.application.mail;

/**
 * The SMTP server did not acknowledge a mail (unreachable, refused, timed out): the mail may be
 * tried again. Its message is short and carries no secret (it is stored in the outbox's log).
 */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
