package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.persistence.mail.JooqOutbox;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.shared.OutgoingMail;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The operators' outbox depth ({@code portail_mail_outbox_pending}) is the number of mails waiting, at every scrape,
 * however long the service has run: the gauge keeps its source alive (Micrometer holds a gauge's object weakly).
 */
class OutboxGaugeIT {

    private static final Pattern PENDING = Pattern.compile("(?m)^portail_mail_outbox_pending (\\S+)$");

    @Test
    void the_outbox_depth_reads_the_mails_waiting_even_after_a_garbage_collection() throws Exception {
        try (HikariDataSource dataSource = DataSources.h2InMemory("gauge-" + System.nanoTime());
                Portal portal = Portal.builder().dataSource(dataSource).backgroundJobs(false)
                        .mailSender(new EmbeddedPortalIT.KeptMails()).build()) {
            var outbox = new JooqOutbox(portal.infra().database());
            for (int i = 0; i < 3; i++) {
                outbox.enqueue(new OutgoingMail("destinataire" + i + "@partenaire.example", MailTemplate.values()[0],
                        "Mail " + i, "Texte", "<p>Texte</p>", Instant.now()));
            }
            collectGarbage();
            assertThat(pending(portal)).isEqualTo(3.0);

            portal.sendDueMails();
            collectGarbage();
            assertThat(pending(portal)).isEqualTo(0.0);
        }
    }

    private static double pending(Portal portal) {
        String scrape = portal.metrics().scrape();
        Matcher matcher = PENDING.matcher(scrape);
        assertThat(matcher.find()).as(scrape).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static void collectGarbage() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
    }
}
