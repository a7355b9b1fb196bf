package fr.portailpartenaires.application.mail;

import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.Outbox.QueuedMail;
import java.time.Clock;
import java.time.Instant;

/**
 * The outbox job: sends the mails that are due, one by one. A mail the server acknowledged is
 * marked sent and never tried again; a mail it did not acknowledge gets its next attempt from the
 * {@link RetryPolicy}, or is given up; a failing mail never stops the others.
 *
 * <p>Run it from one scheduled task at a time (db-scheduler keeps a recurring task on one instance
 * of a cluster). It runs outside any transaction: each mark is committed at once, so a crash loses
 * at most the mark of the mail being sent, which is then sent again — the only duplicate possible.
 * That mail was marked as being sent before the server saw it: its next attempt carries the same
 * Message-ID and tells the sender it may be a duplicate (ADR 0014).
 */
public final class OutboxDispatcher {

    /** Mails handled per run at most; the rest wait for the next run. */
    public static final int BATCH_SIZE = 100;

    private final Outbox outbox;
    private final MailSender sender;
    private final Clock clock;
    private final RetryPolicy retryPolicy;

    public OutboxDispatcher(Outbox outbox, MailSender sender, Clock clock, RetryPolicy retryPolicy) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.retryPolicy = retryPolicy;
    }

    /**
     * Tries every mail due now (at most {@value #BATCH_SIZE}).
     *
     * @return how many were sent
     */
    public int dispatchDue() {
        int sent = 0;
        for (QueuedMail queued : outbox.due(clock.instant(), BATCH_SIZE)) {
            if (attempt(queued)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(QueuedMail queued) {
        outbox.markSending(queued.id(), clock.instant());
        try {
            sender.send(queued.mail(), new MailSender.Attempt(queued.messageId(), queued.possiblySent()));
        } catch (RuntimeException notAcknowledged) {
            int attempts = queued.attempts() + 1;
            Instant failedAt = clock.instant();
            outbox.markAttemptFailed(queued.id(), attempts, retryPolicy.nextAttempt(attempts, failedAt),
                    describe(notAcknowledged));
            return false;
        }
        outbox.markSent(queued.id(), clock.instant());
        return true;
    }

    private static String describe(RuntimeException failure) {
        if (failure instanceof MailDeliveryException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return "Erreur inattendue (" + failure.getClass().getSimpleName() + ")";
    }
}
