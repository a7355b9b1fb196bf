package fr.portailpartenaires.adapters.mail;

import fr.portailpartenaires.application.mail.MailDeliveryException;
import fr.portailpartenaires.application.mail.MailSender;
import fr.portailpartenaires.application.shared.OutgoingMail;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.email.EmailPopulatingBuilder;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mails over SMTP with Simple Java Mail: a multipart mail (French plain text and HTML, UTF-8)
 * per call, synchronously, so that returning means the server acknowledged it. An outbox attempt
 * keeps the mail's own Message-ID, and one that may be a duplicate is logged as such (Message-ID
 * only, no address). Close it at shutdown.
 */
public final class SimpleJavaMailSender implements MailSender, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimpleJavaMailSender.class);

    private final SmtpSettings settings;
    private final Mailer mailer;

    public SimpleJavaMailSender(SmtpSettings settings) {
        this.settings = settings;
        this.mailer = MailerBuilder
                .withSMTPServer(settings.host(), settings.port(), settings.username().orElse(null),
                        settings.password().orElse(null))
                .withTransportStrategy(switch (settings.transport()) {
                    case SMTP -> TransportStrategy.SMTP;
                    case SMTP_TLS -> TransportStrategy.SMTP_TLS;
                    case SMTPS -> TransportStrategy.SMTPS;
                })
                .withSessionTimeout((int) settings.timeout().toMillis())
                .buildMailer();
    }

    @Override
    public void send(OutgoingMail mail) {
        send(email(mail).buildEmail());
    }

    @Override
    public void send(OutgoingMail mail, Attempt attempt) {
        if (attempt.possibleDuplicate()) {
            LOG.warn("Mail {}: possible duplicate, it was being sent when the service stopped; sent again with the"
                    + " same Message-ID", attempt.messageId());
        }
        send(email(mail).fixingMessageId(attempt.messageId()).buildEmail());
    }

    private EmailPopulatingBuilder email(OutgoingMail mail) {
        return EmailBuilder.startingBlank()
                .from(settings.fromName(), settings.fromAddress())
                .to(mail.recipient())
                .withSubject(mail.subject())
                .withPlainText(mail.textBody())
                .withHTMLText(mail.htmlBody());
    }

    private void send(Email email) {
        try {
            mailer.sendMail(email, false).join();
        } catch (RuntimeException notAcknowledged) {
            throw new MailDeliveryException("Le serveur SMTP " + settings.host() + ":" + settings.port()
                    + " n'a pas accusé réception : " + rootMessage(notAcknowledged), notAcknowledged);
        }
    }

    @Override
    public void close() throws Exception {
        mailer.close();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
