package fr.portailpartenaires.adapters.persistence.mail;

import fr.portailpartenaires.adapters.persistence.Database;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.MAIL_OUTBOX;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.MailOutboxRecord;
import fr.portailpartenaires.application.shared.MailLogEntry;
import fr.portailpartenaires.application.shared.MailStatus;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.shared.StoredMail;
import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.application.shared.Outbox;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The {@link Outbox} in table {@code mail_outbox}. {@link #enqueue} joins the transaction open on this
 * thread ({@link Database#current()}), so a mail exists only if the change that causes it was committed.
 * Each mail gets a Message-ID {@code <random-uuid@domain>} there, where the domain is the portal's host.
 */
public final class JooqOutbox implements Outbox {

    /** Longest error kept; longer ones are cut (the column holds as much). */
    static final int MAX_ERROR = 500;

    /** The right-hand side of the Message-IDs when none is given. */
    static final String DEFAULT_MESSAGE_ID_DOMAIN = "portail-partenaires.invalid";

    private final Database database;
    private final String messageIdDomain;

    public JooqOutbox(Database database) {
        this(database, DEFAULT_MESSAGE_ID_DOMAIN);
    }

    /** @param messageIdDomain the right-hand side of the Message-IDs: the portal's host name */
    public JooqOutbox(Database database, String messageIdDomain) {
        this.database = database;
        this.messageIdDomain = requireDomain(messageIdDomain);
    }

    @Override
    public long enqueue(OutgoingMail mail) {
        return database.current().insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.RECIPIENT, mail.recipient())
                .set(MAIL_OUTBOX.TEMPLATE, mail.template().name())
                .set(MAIL_OUTBOX.SUBJECT, mail.subject())
                .set(MAIL_OUTBOX.BODY_TEXT, mail.textBody())
                .set(MAIL_OUTBOX.BODY_HTML, mail.htmlBody())
                .set(MAIL_OUTBOX.STATUS, MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, 0)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, utc(mail.createdAt()))
                .set(MAIL_OUTBOX.CREATED_AT, utc(mail.createdAt()))
                .set(MAIL_OUTBOX.MESSAGE_ID, "<" + UUID.randomUUID() + "@" + messageIdDomain + ">")
                .returning(MAIL_OUTBOX.ID)
                .fetchOptional()
                .orElseThrow()
                .getId();
    }

    @Override
    public List<QueuedMail> due(Instant now, int limit) {
        return database.current().selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()))
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(utc(now)))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID)
                .limit(limit)
                .fetch(row -> new QueuedMail(row.getId(), outgoingMail(row), row.getAttempts(), row.getMessageId(),
                        row.getSendingStartedAt() != null));
    }

    @Override
    public void markSending(long id, Instant startedAt) {
        int updated = database.current().update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.SENDING_STARTED_AT, utc(startedAt))
                .where(pending(id))
                .execute();
        requireOne(updated, id);
    }

    @Override
    public void markSent(long id, Instant sentAt) {
        int updated = database.current().update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.SENT_AT, utc(sentAt))
                .setNull(MAIL_OUTBOX.NEXT_ATTEMPT_AT)
                .setNull(MAIL_OUTBOX.SENDING_STARTED_AT)
                .where(pending(id))
                .execute();
        requireOne(updated, id);
    }

    @Override
    public void markAttemptFailed(long id, int attempts, Optional<Instant> nextAttempt, String error) {
        int updated = database.current().update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, (nextAttempt.isPresent() ? MailStatus.PENDING : MailStatus.FAILED).name())
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, nextAttempt.map(JooqOutbox::utc).orElse(null))
                .set(MAIL_OUTBOX.LAST_ERROR, shortened(error))
                .setNull(MAIL_OUTBOX.SENDING_STARTED_AT)
                .where(pending(id))
                .execute();
        requireOne(updated, id);
    }

    @Override
    public List<MailLogEntry> log(Optional<Long> beforeId, int limit) {
        return database.current()
                .select(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.TEMPLATE, MAIL_OUTBOX.SUBJECT,
                        MAIL_OUTBOX.STATUS, MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.CREATED_AT, MAIL_OUTBOX.NEXT_ATTEMPT_AT,
                        MAIL_OUTBOX.SENT_AT, MAIL_OUTBOX.LAST_ERROR)
                .from(MAIL_OUTBOX)
                .where(beforeId.map(MAIL_OUTBOX.ID::lt).orElse(DSL.noCondition()))
                .orderBy(MAIL_OUTBOX.ID.desc())
                .limit(limit)
                .fetch(JooqOutbox::entry);
    }

    @Override
    public Optional<StoredMail> find(long id) {
        return database.current().selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.eq(id))
                .fetchOptional(row -> new StoredMail(entry(row), row.getBodyText(), row.getBodyHtml()));
    }

    private static Condition pending(long id) {
        return MAIL_OUTBOX.ID.eq(id).and(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()));
    }

    private static void requireOne(int updated, long id) {
        if (updated != 1) {
            throw new IllegalStateException("Mail " + id + " of the outbox is not pending");
        }
    }

    private static OutgoingMail outgoingMail(MailOutboxRecord row) {
        return new OutgoingMail(row.getRecipient(), MailTemplate.valueOf(row.getTemplate()), row.getSubject(),
                row.getBodyText(), row.getBodyHtml(), row.getCreatedAt().toInstant());
    }

    private static MailLogEntry entry(Record row) {
        return new MailLogEntry(row.get(MAIL_OUTBOX.ID), row.get(MAIL_OUTBOX.RECIPIENT),
                MailTemplate.valueOf(row.get(MAIL_OUTBOX.TEMPLATE)), row.get(MAIL_OUTBOX.SUBJECT),
                MailStatus.valueOf(row.get(MAIL_OUTBOX.STATUS)), row.get(MAIL_OUTBOX.ATTEMPTS),
                row.get(MAIL_OUTBOX.CREATED_AT).toInstant(),
                Optional.ofNullable(row.get(MAIL_OUTBOX.NEXT_ATTEMPT_AT)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(row.get(MAIL_OUTBOX.SENT_AT)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(row.get(MAIL_OUTBOX.LAST_ERROR)));
    }

    /** On one line (no control character) and at most {@value #MAX_ERROR} characters. */
    static String shortened(String error) {
        String oneLine = (error == null || error.isBlank() ? "Erreur inconnue" : error)
                .replaceAll("\\p{Cntrl}+", " ").strip();
        return oneLine.length() <= MAX_ERROR ? oneLine : oneLine.substring(0, MAX_ERROR - 1) + "…";
    }

    /** A host name: letters, digits, dots and hyphens, so that the Message-ID stays a valid {@code msg-id}. */
    private static String requireDomain(String domain) {
        if (domain == null || !domain.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?")) {
            throw new IllegalArgumentException("Not a host name for Message-IDs: " + domain);
        }
        return domain;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
