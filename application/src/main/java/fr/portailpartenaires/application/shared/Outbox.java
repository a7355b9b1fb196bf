package fr.portailpartenaires.application.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox of mails (spec §7): a use case puts a mail in it within its own
 * transaction, so the mail exists if and only if the change that causes it was committed; the
 * outbox job ({@code OutboxDispatcher}) sends it afterwards, retrying with backoff. Nothing is
 * deleted: the outbox is also the operator's mail log and, in the embedded demo, the inbox.
 */
public interface Outbox {

    /**
     * Puts a mail in the outbox, pending, due at once, in the transaction open on this thread (if any), with its own
     * Message-ID, kept for every attempt.
     *
     * @return its id
     */
    long enqueue(OutgoingMail mail);

    /** Pending mails whose next attempt is at or before {@code now}, oldest due first, at most {@code limit}. */
    List<QueuedMail> due(Instant now, int limit);

    /**
     * An attempt starts: the mark is committed before the mail is handed to the SMTP server and stays until the
     * attempt's outcome is marked, so a mail still marked when it is due again was being sent when the service died.
     */
    void markSending(long id, Instant startedAt);

    /** The SMTP server acknowledged the mail: it is sent and will never be tried again. */
    void markSent(long id, Instant sentAt);

    /**
     * An attempt failed.
     *
     * @param attempts    attempts made so far, this one included
     * @param nextAttempt when to try again; empty to give the mail up (status FAILED)
     * @param error       why, short and without secrets (the outbox truncates it)
     */
    void markAttemptFailed(long id, int attempts, Optional<Instant> nextAttempt, String error);

    /**
     * The mail log, newest first, by keyset pagination on the id.
     *
     * @param beforeId only mails with a smaller id (the last id of the previous page); empty for the first page
     * @param limit    at most this many entries
     */
    List<MailLogEntry> log(Optional<Long> beforeId, int limit);

    /** One mail with its bodies, or empty when no mail has this id. */
    Optional<StoredMail> find(long id);

    /**
     * A pending mail handed to the outbox job.
     *
     * @param id           its outbox id
     * @param mail         the mail itself
     * @param attempts     attempts that already failed
     * @param messageId    its Message-ID ({@code <…@…>}), the same at every attempt
     * @param possiblySent an attempt was in progress when the service died: the server may already have it
     */
    record QueuedMail(long id, OutgoingMail mail, int attempts, String messageId, boolean possiblySent) {
    }
}
