package fr.portailpartenaires.application.mail;

import fr.portailpartenaires.application.shared.MailLogEntry;
import fr.portailpartenaires.application.shared.MailStatus;
import fr.portailpartenaires.application.shared.MailTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.mail.ListMailLog.Query;
import fr.portailpartenaires.application.shared.OutgoingMail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailLogServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final MailLogService log = new MailLogService(outbox);

    private long enqueue(int n) {
        return outbox.enqueue(new OutgoingMail("user" + n + "@ciel-bleu.fr", MailTemplate.CREATION_COMPTE,
                "Création de votre compte", "Mot de passe temporaire : Tmp" + n, "<p>Tmp" + n + "</p>", NOW));
    }

    @Test
    void pages_go_from_the_newest_mail_to_the_oldest_without_gap_or_repeat() {
        for (int n = 1; n <= 5; n++) {
            enqueue(n);
        }
        List<String> seen = new ArrayList<>();
        var page = log.list(Query.firstPage(2));
        int pages = 1;
        page.entries().forEach(entry -> seen.add(entry.recipient()));
        while (page.nextBefore().isPresent()) {
            page = log.list(new Query(page.nextBefore(), 2));
            pages++;
            page.entries().forEach(entry -> seen.add(entry.recipient()));
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("user5@ciel-bleu.fr", "user4@ciel-bleu.fr", "user3@ciel-bleu.fr",
                "user2@ciel-bleu.fr", "user1@ciel-bleu.fr");
    }

    @Test
    void a_page_that_ends_the_log_says_so() {
        enqueue(1);
        enqueue(2);
        var page = log.list(Query.firstPage(2));
        assertThat(page.entries()).extracting(MailLogEntry::status).containsOnly(MailStatus.PENDING);
        assertThat(page.nextBefore()).isEmpty();
    }

    @Test
    void a_mail_is_read_in_full_by_its_id() {
        long id = enqueue(7);
        assertThat(log.read(id)).hasValueSatisfying(mail -> {
            assertThat(mail.entry().recipient()).isEqualTo("user7@ciel-bleu.fr");
            assertThat(mail.textBody()).isEqualTo("Mot de passe temporaire : Tmp7");
        });
        assertThat(log.read(id + 1)).isEqualTo(Optional.empty());
    }
}
