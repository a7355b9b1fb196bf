package fr.portailpartenaires.application.mail;

import fr.portailpartenaires.application.shared.MailStatus;
import fr.portailpartenaires.application.shared.MailTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.application.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTest {

    private static final Instant T0 = Instant.parse("2025-03-12T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final FakeMailServer server = new FakeMailServer();
    private final OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, server, clock, RetryPolicy.standard());

    private long enqueue(String recipient) {
        return outbox.enqueue(new OutgoingMail(recipient, MailTemplate.INVALIDATION_CONVENTION,
                "Mail de confirmation : invalidation de convention", "Bonjour,", "<p>Bonjour,</p>", clock.instant()));
    }

    @Nested
    class When_the_server_acknowledges {

        @Test
        void every_due_mail_is_sent_and_marked_sent_at_the_time_of_sending() {
            long first = enqueue("alex7@ciel-bleu.fr");
            long second = enqueue("admin@ciel-bleu.fr");
            clock.advance(Duration.ofSeconds(10));

            assertThat(dispatcher.dispatchDue()).isEqualTo(2);

            assertThat(server.delivered()).extracting(OutgoingMail::recipient)
                    .containsExactly("alex7@ciel-bleu.fr", "admin@ciel-bleu.fr");
            assertThat(outbox.entry(first).status()).isEqualTo(MailStatus.SENT);
            assertThat(outbox.entry(first).sentAt()).contains(T0.plusSeconds(10));
            assertThat(outbox.entry(first).attempts()).isEqualTo(1);
            assertThat(outbox.entry(second).status()).isEqualTo(MailStatus.SENT);
        }

        @Test
        void every_attempt_of_a_mail_carries_its_one_message_id() {
            long id = enqueue("alex7@ciel-bleu.fr");
            String messageId = outbox.due(T0, 1).getFirst().messageId();
            server.goDown();
            dispatcher.dispatchDue();
            server.comeBack();
            clock.advance(Duration.ofHours(1));
            dispatcher.dispatchDue();

            assertThat(server.attempts()).extracting(MailSender.Attempt::messageId).containsExactly(messageId, messageId);
            assertThat(server.attempts()).extracting(MailSender.Attempt::possibleDuplicate).containsOnly(false);
            assertThat(outbox.entry(id).status()).isEqualTo(MailStatus.SENT);
        }

        @Test
        void a_mail_whose_attempt_was_cut_by_a_crash_is_sent_again_as_a_possible_duplicate() {
            long interrupted = enqueue("alex7@ciel-bleu.fr");
            enqueue("admin@ciel-bleu.fr");
            outbox.markSending(interrupted, T0); // the service died while the server had the mail

            assertThat(dispatcher.dispatchDue()).isEqualTo(2);

            assertThat(server.attempts()).extracting(MailSender.Attempt::possibleDuplicate).containsExactly(true, false);
            assertThat(outbox.entry(interrupted).status()).isEqualTo(MailStatus.SENT);
            assertThat(outbox.due(T0.plus(Duration.ofDays(1)), 10)).isEmpty();
        }

        @Test
        void a_sent_mail_is_never_sent_again() {
            enqueue("alex7@ciel-bleu.fr");
            dispatcher.dispatchDue();
            clock.advance(Duration.ofDays(1));

            assertThat(dispatcher.dispatchDue()).isZero();
            assertThat(server.calls()).isEqualTo(1);
        }

        @Test
        void nothing_due_means_nothing_sent() {
            assertThat(dispatcher.dispatchDue()).isZero();
            assertThat(server.calls()).isZero();
        }
    }

    @Nested
    class When_the_server_does_not_acknowledge {

        @Test
        void the_failure_is_recorded_with_the_next_attempt_one_minute_later() {
            long id = enqueue("alex7@ciel-bleu.fr");
            server.goDown();

            assertThat(dispatcher.dispatchDue()).isZero();

            var entry = outbox.entry(id);
            assertThat(entry.status()).isEqualTo(MailStatus.PENDING);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.nextAttemptAt()).contains(T0.plus(Duration.ofMinutes(1)));
            assertThat(entry.lastError()).contains("Serveur SMTP injoignable : connexion refusée");
        }

        @Test
        void the_mail_waits_for_its_next_attempt_then_is_retried_with_a_doubled_delay() {
            long id = enqueue("alex7@ciel-bleu.fr");
            server.goDown();
            dispatcher.dispatchDue();

            clock.advance(Duration.ofSeconds(59));
            dispatcher.dispatchDue();
            assertThat(server.calls()).as("not due before its next attempt").isEqualTo(1);

            clock.advance(Duration.ofSeconds(1));
            dispatcher.dispatchDue();
            assertThat(server.calls()).isEqualTo(2);
            assertThat(outbox.entry(id).attempts()).isEqualTo(2);
            assertThat(outbox.entry(id).nextAttemptAt()).contains(T0.plus(Duration.ofMinutes(1 + 2)));

            clock.advance(Duration.ofMinutes(2));
            dispatcher.dispatchDue();
            assertThat(outbox.entry(id).nextAttemptAt()).contains(T0.plus(Duration.ofMinutes(1 + 2 + 4)));
        }

        @Test
        void the_mail_is_sent_once_the_server_is_back() {
            long id = enqueue("alex7@ciel-bleu.fr");
            server.goDown();
            dispatcher.dispatchDue();
            server.comeBack();
            clock.advance(Duration.ofMinutes(1));

            assertThat(dispatcher.dispatchDue()).isEqualTo(1);

            assertThat(server.delivered()).hasSize(1);
            assertThat(outbox.entry(id).status()).isEqualTo(MailStatus.SENT);
            assertThat(outbox.entry(id).attempts()).isEqualTo(2);
            assertThat(outbox.entry(id).sentAt()).contains(T0.plus(Duration.ofMinutes(1)));
        }

        @Test
        void the_delays_double_up_to_one_hour_and_the_mail_is_given_up_after_eight_attempts() {
            long id = enqueue("alex7@ciel-bleu.fr");
            server.goDown();
            Instant attemptAt = T0;
            for (int attempt = 1; attempt <= 7; attempt++) {
                dispatcher.dispatchDue();
                Instant next = outbox.entry(id).nextAttemptAt().orElseThrow();
                Duration expected = Duration.ofMinutes(Math.min(60, 1L << (attempt - 1)));
                assertThat(Duration.between(attemptAt, next)).as("delay after attempt %d", attempt).isEqualTo(expected);
                clock.advance(Duration.between(clock.instant(), next));
                attemptAt = next;
            }

            dispatcher.dispatchDue();

            var entry = outbox.entry(id);
            assertThat(entry.status()).isEqualTo(MailStatus.FAILED);
            assertThat(entry.attempts()).isEqualTo(8);
            assertThat(entry.nextAttemptAt()).isEmpty();
            server.comeBack();
            clock.advance(Duration.ofDays(30));
            assertThat(dispatcher.dispatchDue()).as("a given-up mail is never tried again").isZero();
            assertThat(server.calls()).isEqualTo(8);
        }

        @Test
        void an_unexpected_error_of_the_sender_counts_as_a_failed_attempt_without_its_message() {
            MailSender broken = mail -> {
                throw new IllegalStateException("détail interne mot de passe=secret");
            };
            var dispatcherOfBrokenSender = new OutboxDispatcher(outbox, broken, clock, RetryPolicy.standard());
            long id = enqueue("alex7@ciel-bleu.fr");

            assertThat(dispatcherOfBrokenSender.dispatchDue()).isZero();

            assertThat(outbox.entry(id).status()).isEqualTo(MailStatus.PENDING);
            assertThat(outbox.entry(id).lastError()).contains("Erreur inattendue (IllegalStateException)");
        }
    }

    @Nested
    class One_failing_mail {

        @Test
        void does_not_stop_the_others() {
            long before = enqueue("premier@ciel-bleu.fr");
            long refused = enqueue("refuse@ciel-bleu.fr");
            long after = enqueue("dernier@ciel-bleu.fr");
            server.refuse("refuse@ciel-bleu.fr");

            assertThat(dispatcher.dispatchDue()).isEqualTo(2);

            assertThat(server.delivered()).extracting(OutgoingMail::recipient)
                    .containsExactly("premier@ciel-bleu.fr", "dernier@ciel-bleu.fr");
            assertThat(outbox.entry(before).status()).isEqualTo(MailStatus.SENT);
            assertThat(outbox.entry(after).status()).isEqualTo(MailStatus.SENT);
            assertThat(outbox.entry(refused).status()).isEqualTo(MailStatus.PENDING);
            assertThat(outbox.entry(refused).lastError()).contains("550 destinataire refusé");
        }

        @Test
        void given_up_stays_in_the_log_while_the_others_go_on() {
            var oneAttempt = new OutboxDispatcher(outbox, server,
                    clock, new RetryPolicy(1, Duration.ofMinutes(1), Duration.ofHours(1)));
            long refused = enqueue("refuse@ciel-bleu.fr");
            server.refuse("refuse@ciel-bleu.fr");
            oneAttempt.dispatchDue();
            long later = enqueue("dernier@ciel-bleu.fr");

            assertThat(oneAttempt.dispatchDue()).isEqualTo(1);

            assertThat(outbox.entry(refused).status()).isEqualTo(MailStatus.FAILED);
            assertThat(outbox.entry(refused).nextAttemptAt()).isEqualTo(Optional.empty());
            assertThat(outbox.entry(later).status()).isEqualTo(MailStatus.SENT);
        }
    }
}
