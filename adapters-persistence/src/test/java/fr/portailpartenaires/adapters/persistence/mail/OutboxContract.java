package fr.portailpartenaires.adapters.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.MailLogEntry;
import fr.portailpartenaires.application.shared.MailStatus;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.application.shared.Outbox.QueuedMail;
import fr.portailpartenaires.application.shared.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The outbox: mails due from their creation, oldest first; attempts, failures and the operators' log. */
abstract class OutboxContract {

    static final Instant T0 = Instant.parse("2025-03-12T09:00:00Z");

    /** An empty outbox. */
    protected abstract Outbox emptyOutbox();

    /** The use cases' transactions, which the outbox joins. */
    protected abstract Transactions transactions();

    Outbox outbox;
    Transactions transactions;

    @BeforeEach
    void emptyOutboxAndItsTransactions() {
        outbox = emptyOutbox();
        transactions = transactions();
    }

    static OutgoingMail mail(String recipient, Instant createdAt) {
        return new OutgoingMail(recipient, MailTemplate.VALIDATION_PREINSCRIPTION, "Validation de votre préinscription",
                "Bonjour,\nVotre préinscription a été validée. Mot de passe temporaire : Tmp4xQ9z\nCordialement,",
                "<p>Votre préinscription a été validée : <strong>Tmp4xQ9z</strong></p>", createdAt);
    }

    @Nested
    class Enqueuing {

        @Test
        void a_mail_enqueued_in_a_transaction_that_commits_is_due_from_its_creation() {
            long id = transactions.inTransaction(() -> outbox.enqueue(mail("alex7@ciel-bleu.fr", T0)));

            assertThat(outbox.due(T0.minusSeconds(1), 10)).isEmpty();
            assertThat(outbox.due(T0, 10)).singleElement().satisfies(queued -> {
                assertThat(queued.id()).isEqualTo(id);
                assertThat(queued.attempts()).isZero();
                assertThat(queued.mail()).isEqualTo(mail("alex7@ciel-bleu.fr", T0));
            });
        }

        @Test
        void a_mail_is_read_back_in_full_with_its_accents() {
            long id = outbox.enqueue(mail("alex7@ciel-bleu.fr", T0));

            assertThat(outbox.find(id)).hasValueSatisfying(stored -> {
                assertThat(stored.entry().recipient()).isEqualTo("alex7@ciel-bleu.fr");
                assertThat(stored.entry().template()).isEqualTo(MailTemplate.VALIDATION_PREINSCRIPTION);
                assertThat(stored.entry().subject()).isEqualTo("Validation de votre préinscription");
                assertThat(stored.entry().status()).isEqualTo(MailStatus.PENDING);
                assertThat(stored.entry().createdAt()).isEqualTo(T0);
                assertThat(stored.textBody()).contains("Votre préinscription a été validée. Mot de passe temporaire : Tmp4xQ9z");
                assertThat(stored.htmlBody()).contains("<strong>Tmp4xQ9z</strong>");
            });
            assertThat(outbox.find(id + 1000)).isEmpty();
        }

    }

    @Nested
    class Dispatching {

        @Test
        void due_mails_come_oldest_first_up_to_the_limit() {
            long second = outbox.enqueue(mail("b@ciel-bleu.fr", T0.plusSeconds(20)));
            long first = outbox.enqueue(mail("a@ciel-bleu.fr", T0.plusSeconds(10)));
            outbox.enqueue(mail("c@ciel-bleu.fr", T0.plusSeconds(30)));
            outbox.enqueue(mail("later@ciel-bleu.fr", T0.plus(Duration.ofHours(1))));

            assertThat(outbox.due(T0.plusSeconds(60), 2)).extracting(QueuedMail::id).containsExactly(first, second);
            assertThat(outbox.due(T0.plusSeconds(60), 10)).hasSize(3);
        }

        @Test
        void a_sent_mail_is_never_due_again_and_counts_its_attempt() {
            long id = outbox.enqueue(mail("alex7@ciel-bleu.fr", T0));

            outbox.markSent(id, T0.plusSeconds(5));

            assertThat(outbox.due(T0.plus(Duration.ofDays(1)), 10)).isEmpty();
            MailLogEntry entry = outbox.find(id).orElseThrow().entry();
            assertThat(entry.status()).isEqualTo(MailStatus.SENT);
            assertThat(entry.sentAt()).contains(T0.plusSeconds(5));
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.nextAttemptAt()).isEmpty();
            assertThatThrownBy(() -> outbox.markSent(id, T0.plusSeconds(6)))
                    .as("a mail is marked sent once").isInstanceOf(IllegalStateException.class);
        }

        @Test
        void a_mail_marked_as_being_sent_and_due_again_may_have_been_sent_until_its_attempt_ends() {
            long sent = outbox.enqueue(mail("alex7@ciel-bleu.fr", T0));
            long failed = outbox.enqueue(mail("admin@ciel-bleu.fr", T0));
            String messageId = outbox.due(T0, 1).getFirst().messageId();

            outbox.markSending(sent, T0.plusSeconds(1));
            outbox.markSending(failed, T0.plusSeconds(1));

            assertThat(outbox.due(T0.plusSeconds(2), 10)).extracting(QueuedMail::possiblySent).containsOnly(true);
            assertThat(outbox.due(T0.plusSeconds(2), 1).getFirst().messageId()).as("kept").isEqualTo(messageId);
            outbox.markSent(sent, T0.plusSeconds(3));
            outbox.markAttemptFailed(failed, 1, Optional.of(T0.plusSeconds(60)), "Connexion refusée");
            assertThat(outbox.due(T0.plusSeconds(60), 10)).singleElement()
                    .satisfies(queued -> assertThat(queued.possiblySent()).isFalse());
        }

        @Test
        void a_failed_attempt_with_a_next_attempt_keeps_the_mail_pending_until_then() {
            long id = outbox.enqueue(mail("alex7@ciel-bleu.fr", T0));

            outbox.markAttemptFailed(id, 1, Optional.of(T0.plus(Duration.ofMinutes(1))), "Connexion refusée");

            assertThat(outbox.due(T0.plusSeconds(59), 10)).isEmpty();
            assertThat(outbox.due(T0.plusSeconds(60), 10)).singleElement()
                    .satisfies(queued -> assertThat(queued.attempts()).isEqualTo(1));
            MailLogEntry entry = outbox.find(id).orElseThrow().entry();
            assertThat(entry.status()).isEqualTo(MailStatus.PENDING);
            assertThat(entry.lastError()).contains("Connexion refusée");
            assertThat(entry.nextAttemptAt()).contains(T0.plus(Duration.ofMinutes(1)));
        }

        @Test
        void a_failed_attempt_without_a_next_attempt_gives_the_mail_up() {
            long id = outbox.enqueue(mail("alex7@ciel-bleu.fr", T0));

            outbox.markAttemptFailed(id, 8, Optional.empty(), "Connexion refusée");

            assertThat(outbox.due(T0.plus(Duration.ofDays(365)), 10)).isEmpty();
            MailLogEntry entry = outbox.find(id).orElseThrow().entry();
            assertThat(entry.status()).isEqualTo(MailStatus.FAILED);
            assertThat(entry.attempts()).isEqualTo(8);
            assertThat(entry.sentAt()).isEmpty();
        }

        @Test
        void the_error_kept_is_one_line_cut_to_a_bounded_length() {
            long id = outbox.enqueue(mail("alex7@ciel-bleu.fr", T0));

            outbox.markAttemptFailed(id, 1, Optional.of(T0.plusSeconds(60)), "421 Service indisponible\r\n" + "x".repeat(5_000));

            String error = outbox.find(id).orElseThrow().entry().lastError().orElseThrow();
            assertThat(error).startsWith("421 Service indisponible x").doesNotContain("\n").hasSize(JooqOutbox.MAX_ERROR);
        }
    }

    @Nested
    class The_operators_log {

        @Test
        void lists_newest_first_one_keyset_page_at_a_time() {
            long[] ids = new long[5];
            for (int i = 0; i < 5; i++) {
                ids[i] = outbox.enqueue(mail("user" + i + "@ciel-bleu.fr", T0.plusSeconds(i)));
            }

            var firstPage = outbox.log(Optional.empty(), 2);
            var secondPage = outbox.log(Optional.of(firstPage.getLast().id()), 2);
            var lastPage = outbox.log(Optional.of(secondPage.getLast().id()), 2);

            assertThat(firstPage).extracting(MailLogEntry::id).containsExactly(ids[4], ids[3]);
            assertThat(secondPage).extracting(MailLogEntry::id).containsExactly(ids[2], ids[1]);
            assertThat(lastPage).extracting(MailLogEntry::id).containsExactly(ids[0]);
        }

        @Test
        void shows_recipient_template_status_attempts_and_times() {
            long sent = outbox.enqueue(mail("sent@ciel-bleu.fr", T0));
            long failed = outbox.enqueue(mail("failed@ciel-bleu.fr", T0));
            outbox.markSent(sent, T0.plusSeconds(3));
            outbox.markAttemptFailed(failed, 1, Optional.empty(), "550 destinataire inconnu");

            assertThat(outbox.log(Optional.empty(), 10)).containsExactly(
                    new MailLogEntry(failed, "failed@ciel-bleu.fr", MailTemplate.VALIDATION_PREINSCRIPTION,
                            "Validation de votre préinscription", MailStatus.FAILED, 1, T0, Optional.empty(),
                            Optional.empty(), Optional.of("550 destinataire inconnu")),
                    new MailLogEntry(sent, "sent@ciel-bleu.fr", MailTemplate.VALIDATION_PREINSCRIPTION,
                            "Validation de votre préinscription", MailStatus.SENT, 1, T0, Optional.empty(),
                            Optional.of(T0.plusSeconds(3)), Optional.empty()));
        }
    }
}
