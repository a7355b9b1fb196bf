package fr.portailpartenaires.application.mail;

import fr.portailpartenaires.application.shared.MailLogEntry;
import fr.portailpartenaires.application.shared.MailStatus;
import fr.portailpartenaires.application.shared.StoredMail;
import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.application.shared.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outbox in memory, for application tests: same rules as the database one (an error kept on one line, at most
 * {@value #MAX_ERROR} characters), no transaction.
 */
public final class InMemoryOutbox implements Outbox {

    private static final int MAX_ERROR = 500;

    private final Map<Long, Row> rows = new TreeMap<>();
    private long nextId = 1;

    private record Row(long id, OutgoingMail mail, MailStatus status, int attempts, Optional<Instant> nextAttemptAt,
            Optional<Instant> sentAt, Optional<String> lastError, Optional<Instant> sendingStartedAt) {

        String messageId() {
            return "<outbox-" + id + "@portail.test>";
        }

        MailLogEntry entry() {
            return new MailLogEntry(id, mail.recipient(), mail.template(), mail.subject(), status, attempts,
                    mail.createdAt(), nextAttemptAt, sentAt, lastError);
        }
    }

    @Override
    public synchronized long enqueue(OutgoingMail mail) {
        long id = nextId++;
        rows.put(id, new Row(id, mail, MailStatus.PENDING, 0, Optional.of(mail.createdAt()), Optional.empty(),
                Optional.empty(), Optional.empty()));
        return id;
    }

    @Override
    public synchronized List<QueuedMail> due(Instant now, int limit) {
        return rows.values().stream()
                .filter(row -> row.status() == MailStatus.PENDING && !row.nextAttemptAt().orElseThrow().isAfter(now))
                .sorted(Comparator.comparing((Row row) -> row.nextAttemptAt().orElseThrow()).thenComparing(Row::id))
                .limit(limit)
                .map(row -> new QueuedMail(row.id(), row.mail(), row.attempts(), row.messageId(),
                        row.sendingStartedAt().isPresent()))
                .toList();
    }

    @Override
    public synchronized void markSending(long id, Instant startedAt) {
        Row row = pending(id);
        rows.put(id, new Row(id, row.mail(), row.status(), row.attempts(), row.nextAttemptAt(), row.sentAt(),
                row.lastError(), Optional.of(startedAt)));
    }

    @Override
    public synchronized void markSent(long id, Instant sentAt) {
        Row row = pending(id);
        rows.put(id, new Row(id, row.mail(), MailStatus.SENT, row.attempts() + 1, Optional.empty(),
                Optional.of(sentAt), row.lastError(), Optional.empty()));
    }

    @Override
    public synchronized void markAttemptFailed(long id, int attempts, Optional<Instant> nextAttempt, String error) {
        Row row = pending(id);
        rows.put(id, new Row(id, row.mail(), nextAttempt.isPresent() ? MailStatus.PENDING : MailStatus.FAILED,
                attempts, nextAttempt, Optional.empty(), Optional.of(shortened(error)), Optional.empty()));
    }

    private static String shortened(String error) {
        String oneLine = (error == null || error.isBlank() ? "Erreur inconnue" : error)
                .replaceAll("\\p{Cntrl}+", " ").strip();
        return oneLine.length() <= MAX_ERROR ? oneLine : oneLine.substring(0, MAX_ERROR - 1) + "…";
    }

    @Override
    public synchronized List<MailLogEntry> log(Optional<Long> beforeId, int limit) {
        List<MailLogEntry> newestFirst = new ArrayList<>();
        for (Row row : rows.values()) {
            if (beforeId.map(before -> row.id() < before).orElse(true)) {
                newestFirst.addFirst(row.entry());
            }
        }
        return newestFirst.stream().limit(limit).toList();
    }

    @Override
    public synchronized Optional<StoredMail> find(long id) {
        return Optional.ofNullable(rows.get(id))
                .map(row -> new StoredMail(row.entry(), row.mail().textBody(), row.mail().htmlBody()));
    }

    /** The log line of one mail, which must exist. */
    public MailLogEntry entry(long id) {
        return find(id).orElseThrow().entry();
    }

    private Row pending(long id) {
        Row row = rows.get(id);
        if (row == null || row.status() != MailStatus.PENDING) {
            throw new IllegalStateException("Mail " + id + " is not pending");
        }
        return row;
    }
}
