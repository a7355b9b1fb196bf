package fr.portailpartenaires.adapters.mail;

import fr.portailpartenaires.application.mail.MailSender;
import fr.portailpartenaires.application.shared.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded demo's sender, when no SMTP server is configured: writes each mail (recipient,
 * subject and plain text) to the log instead of sending it, so that a user trying the product can
 * read it there. The text may hold a temporary password: never use it in production.
 */
public final class LoggingMailSender implements MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingMailSender.class);

    public LoggingMailSender() {
        LOG.warn("Aucun serveur SMTP configuré : les mails ne sont pas envoyés mais écrits dans ce journal "
                + "(mode démonstration, à ne pas utiliser en production).");
    }

    @Override
    public void send(OutgoingMail mail) {
        LOG.info("Mail non envoyé (mode démonstration) à {} — {} [{}]\n{}", mail.recipient(), mail.subject(),
                mail.template(), mail.textBody());
    }
}
