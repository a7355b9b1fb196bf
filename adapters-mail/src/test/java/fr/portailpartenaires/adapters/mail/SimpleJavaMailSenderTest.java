package fr.portailpartenaires.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailpartenaires.adapters.mail.SmtpSettings.Transport;
import fr.portailpartenaires.application.mail.MailDeliveryException;
import fr.portailpartenaires.application.mail.MailSender;
import fr.portailpartenaires.application.shared.MailParameters.CreationCompte;
import fr.portailpartenaires.application.shared.OutgoingMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sends through a real SMTP server (GreenMail, in the test's JVM, on a free port) and reads what it received. */
class SimpleJavaMailSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP_SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("portail", "s3cret"));

    private static final OutgoingMail MAIL = OutgoingMail.of("alex7@ciel-bleu.fr",
            new FrenchMailTemplates(URI.create("https://partenaires.example.fr/"))
                    .render(new CreationCompte("Association Ciel Bleu — Arras", Optional.empty(), "Tmp4xQ9z",
                            Duration.ofHours(72))),
            Instant.parse("2025-03-12T09:00:00Z"));

    private SimpleJavaMailSender sender;

    private SimpleJavaMailSender senderOn(int port, Optional<String> user, Optional<String> password) {
        sender = new SimpleJavaMailSender(new SmtpSettings("127.0.0.1", port, user, password, Transport.SMTP,
                "ne-pas-repondre@partenaires.example.fr", "Portail partenaires", Duration.ofSeconds(5)));
        return sender;
    }

    @AfterEach
    void close() throws Exception {
        if (sender != null) {
            sender.close();
        }
    }

    @Test
    void the_server_receives_the_french_text_and_html_parts_with_their_accents_intact() throws Exception {
        senderOn(SMTP_SERVER.getSmtp().getPort(), Optional.of("portail"), Optional.of("s3cret")).send(MAIL);

        assertThat(SMTP_SERVER.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = SMTP_SERVER.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Création de votre compte");
        assertThat(received.getRecipients(Message.RecipientType.TO))
                .extracting(address -> ((InternetAddress) address).getAddress()).containsExactly("alex7@ciel-bleu.fr");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("ne-pas-repondre@partenaires.example.fr");
        assertThat(from.getPersonal()).isEqualTo("Portail partenaires");

        String text = (String) part(received, "text/plain").getContent();
        String html = (String) part(received, "text/html").getContent();
        assertThat(text).contains("Un compte vient de vous être créé sur le portail partenaires pour « Association Ciel Bleu — Arras ».",
                "Mot de passe temporaire : Tmp4xQ9z", "Cordialement,");
        assertThat(html).contains("<strong>Tmp4xQ9z</strong>", "créé", "« Association Ciel Bleu — Arras »");
    }

    @Test
    void an_outbox_attempt_keeps_the_mails_message_id_so_a_second_copy_carries_the_same() throws Exception {
        var smtp = senderOn(SMTP_SERVER.getSmtp().getPort(), Optional.of("portail"), Optional.of("s3cret"));
        String messageId = "<5f0c2b8e-3d1a-4b7e-9c55-0d8f1e2a7b64@partenaires.example.fr>";

        smtp.send(MAIL, new MailSender.Attempt(messageId, false));
        smtp.send(MAIL, new MailSender.Attempt(messageId, true));

        assertThat(SMTP_SERVER.waitForIncomingEmail(5_000, 2)).isTrue();
        assertThat(SMTP_SERVER.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                .containsExactly(messageId, messageId);
    }

    @Test
    void a_server_that_refuses_the_credentials_did_not_acknowledge() {
        var wrongPassword = senderOn(SMTP_SERVER.getSmtp().getPort(), Optional.of("portail"), Optional.of("faux"));

        assertThatThrownBy(() -> wrongPassword.send(MAIL)).isInstanceOf(MailDeliveryException.class)
                .hasMessageStartingWith("Le serveur SMTP 127.0.0.1:" + SMTP_SERVER.getSmtp().getPort()
                        + " n'a pas accusé réception")
                .message().doesNotContain("faux");
        assertThat(SMTP_SERVER.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_server_that_is_down_did_not_acknowledge() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var toNowhere = senderOn(closedPort, Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> toNowhere.send(MAIL)).isInstanceOf(MailDeliveryException.class)
                .hasMessageStartingWith("Le serveur SMTP 127.0.0.1:" + closedPort + " n'a pas accusé réception");
    }

    @Test
    void the_settings_never_show_the_password() {
        var settings = new SmtpSettings("smtp.example.fr", 587, Optional.of("portail"), Optional.of("s3cret"),
                Transport.SMTP_TLS, "ne-pas-repondre@example.fr", "Portail partenaires", Duration.ofSeconds(10));
        assertThat(settings.toString()).contains("smtp.example.fr", "portail").doesNotContain("s3cret");
        assertThatThrownBy(() -> new SmtpSettings("smtp.example.fr", 587, Optional.empty(), Optional.of("s3cret"),
                Transport.SMTP_TLS, "ne-pas-repondre@example.fr", "Portail", Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The first part of this MIME type, however deep the multipart nesting. */
    private static Part part(Part part, String mimeType) throws Exception {
        if (part.isMimeType(mimeType)) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = findOrNull(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("No " + mimeType + " part in the mail");
    }

    private static Part findOrNull(Part part, String mimeType) throws Exception {
        try {
            return part(part, mimeType);
        } catch (AssertionError notHere) {
            return null;
        }
    }
}
