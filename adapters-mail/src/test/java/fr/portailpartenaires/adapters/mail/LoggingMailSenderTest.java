package fr.portailpartenaires.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.portailpartenaires.application.shared.MailParameters.ValidationPreinscription;
import fr.portailpartenaires.application.shared.OutgoingMail;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingMailSenderTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingMailSender.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void capture() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
    }

    @Test
    void the_demo_reader_finds_recipient_subject_and_text_of_the_mail_in_the_log() {
        var mail = OutgoingMail.of("alex7@ciel-bleu.fr",
                new FrenchMailTemplates(URI.create("http://127.0.0.1:8080/")).render(new ValidationPreinscription(
                        "Association Ciel Bleu", "CARSAT Nord-Picardie", "Alex7", "Tmp4xQ9z", Duration.ofHours(72))),
                Instant.parse("2025-03-12T09:00:00Z"));

        new LoggingMailSender().send(mail);

        assertThat(logged.list).first().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("mode démonstration");
        assertThat(logged.list).last().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("alex7@ciel-bleu.fr", "Validation de votre préinscription",
                        "Rappel de votre identifiant : Alex7", "Mot de passe temporaire : Tmp4xQ9z",
                        "http://127.0.0.1:8080/");
    }
}
