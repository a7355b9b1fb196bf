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
}
