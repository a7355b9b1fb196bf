package fr.portailpartenaires.application.mail;

import fr.portailpartenaires.application.shared.OutgoingMail;


/** Hands a mail to the mail server (or, in the embedded demo, to the log). Only the outbox job calls it. */
public interface MailSender {

    /**
     * Returns once the mail server has acknowledged the mail.
     *
     * @throws MailDeliveryException when it did not (unreachable, refused, timed out): the mail may be tried again
     */
    void send(OutgoingMail mail);

    /**
     * As {@link #send(OutgoingMail)}, for one attempt of the outbox job: a sender that writes real mails gives the
     * mail the attempt's Message-ID, so that a copy sent twice is recognisable, and says so in its log when the mail
     * may already have been sent. The default ignores the attempt (a sender that only keeps or logs mails).
     */
    default void send(OutgoingMail mail, Attempt attempt) {
        send(mail);
    }

    /**
     * One attempt of the outbox job.
     *
     * @param messageId         the outbox entry's Message-ID ({@code <…@…>}), the same at every attempt
     * @param possibleDuplicate an earlier attempt was in progress when the service died: the server may already have
     *                          the mail, and this one may be a duplicate
     */
    record Attempt(String messageId, boolean possibleDuplicate) {
        public Attempt {
            java.util.Objects.requireNonNull(messageId, "messageId");
        }
    }
}
