package fr.portailpartenaires.adapters.persistence;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AUDIT_EVENT;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.AuditEventRecord;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * The {@link AuditLog} in table {@code audit_event}, chained by SHA-256 (docs/adr/0006-audit-hash-chain.md).
 * Each append locks the one row of {@code audit_chain_head} (an update of nothing, then a read) in the
 * current transaction, links the new entry to the last hash, and moves the head: appends are
 * serialized, so the chain never forks, and an append rolled back with its use case leaves no trace.
 */
public final class JooqAuditLog implements AuditLog {

    private static final int HEAD = 1;
    private static final int VERIFY_BATCH = 500;
    private static final int MAX_PAGE = 1000;

    private final Database database;
    /** The four statements of an append, rendered once: every login and every change appends (ADR 0012). */
    private final RenderedQuery lockHead;
    private final RenderedQuery readHead;
    private final RenderedQuery insertEntry;
    private final RenderedQuery moveHead;

    public JooqAuditLog(Database database) {
        this.database = Objects.requireNonNull(database, "database");
        DSLContext dsl = database.dsl();
        // the head's row locked by an update of nothing, then read: H2 parses a select … for update again on every run
        // (it caches no such statement), where these two are prepared once per connection
        this.lockHead = RenderedQuery.ofStatement(database, dsl.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.LAST_ID, AUDIT_CHAIN_HEAD.LAST_ID)
                .where(AUDIT_CHAIN_HEAD.ID.eq(DSL.inline(HEAD))));
        this.readHead = RenderedQuery.of(database, dsl.select(AUDIT_CHAIN_HEAD.LAST_HASH)
                .from(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.ID.eq(DSL.inline(HEAD))));
        this.insertEntry = RenderedQuery.ofInsert(database, AUDIT_EVENT, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR,
                AUDIT_EVENT.SCOPE, AUDIT_EVENT.ACTION, AUDIT_EVENT.TARGET, AUDIT_EVENT.SOURCE_ADDRESS,
                AUDIT_EVENT.DETAILS, AUDIT_EVENT.PREVIOUS_HASH, AUDIT_EVENT.HASH);
        // the new entry's id found by its hash (unique): a plain insert, which H2 prepares once per connection, where an
        // insert … returning (H2's "select … from final table (insert …)") was parsed again on every append
        this.moveHead = RenderedQuery.ofStatement(database, dsl.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.LAST_ID, dsl.select(AUDIT_EVENT.ID).from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.HASH.eq(DSL.param("newHash", AUDIT_EVENT.HASH))))
                .set(AUDIT_CHAIN_HEAD.LAST_HASH, DSL.param("lastHash", AUDIT_CHAIN_HEAD.LAST_HASH))
                .where(AUDIT_CHAIN_HEAD.ID.eq(DSL.inline(HEAD))));
    }

    @Override
    public void append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        database.inTransaction(() -> {
            DSLContext dsl = database.current();
            lockHead.execute(dsl);
            String previousHash = readHead.fetchOptional(dsl).orElseThrow().get(AUDIT_CHAIN_HEAD.LAST_HASH);
            var occurredAt = JooqAuditLogFormat.storable(event.occurredAt());
            String scope = event.scope().orElse(null);
            String target = event.target().orElse(null);
            String sourceAddress = event.sourceAddress().orElse(null);
            String details = JooqAuditLogFormat.details(event.details());
            String hash = JooqAuditLogFormat.hash(previousHash, occurredAt, event.actor(), scope, event.action(),
                    target, sourceAddress, details);
            // the columns that may be empty are bound with their type (a bare null has none on PostgreSQL)
            insertEntry.execute(dsl, occurredAt.atOffset(ZoneOffset.UTC), event.actor(),
                    DSL.val(scope, AUDIT_EVENT.SCOPE), event.action(), DSL.val(target, AUDIT_EVENT.TARGET),
                    DSL.val(sourceAddress, AUDIT_EVENT.SOURCE_ADDRESS), DSL.val(details, AUDIT_EVENT.DETAILS),
                    previousHash, hash);
            return moveHead.execute(dsl, hash, hash);
        });
    }

    @Override
    public ChainCheck verifyChain() {
        DSLContext dsl = database.current();
        Record2<Long, String> head = head(dsl);
        Long headId = head.value1();
        String expectedPrevious = JooqAuditLogFormat.GENESIS;
        long lastId = 0;
        long entries = 0;
        if (headId != null) {
            List<AuditEventRecord> batch;
            do {
                batch = dsl.selectFrom(AUDIT_EVENT)
                        .where(AUDIT_EVENT.ID.gt(lastId))
                        .and(AUDIT_EVENT.ID.le(headId))
                        .orderBy(AUDIT_EVENT.ID)
                        .limit(VERIFY_BATCH)
                        .fetch();
                for (AuditEventRecord row : batch) {
                    if (!recomputedHash(row).equals(row.getHash())) {
                        return new Broken(row.getId(), Break.CONTENT_ALTERED);
                    }
                    if (!row.getPreviousHash().equals(expectedPrevious)) {
                        return new Broken(row.getId(), Break.PREVIOUS_ENTRY_MISSING_OR_ALTERED);
                    }
                    expectedPrevious = row.getHash();
                    lastId = row.getId();
                    entries++;
                }
            } while (batch.size() == VERIFY_BATCH);
            if (lastId != headId) {
                return new Broken(headId, Break.LATEST_ENTRIES_MISSING);
            }
            if (!expectedPrevious.equals(head.value2())) {
                return new Broken(headId, Break.CONTENT_ALTERED);
            }
        }
        return entryOutsideChain(dsl, headId).<ChainCheck>map(id -> new Broken(id, Break.ENTRY_OUTSIDE_CHAIN))
                .orElse(new Intact(entries));
    }

    /**
     * An entry beyond the head that no append wrote: a legitimate one commits with the head that
     * points past it, so if the head has not moved since the walk began, the entry is foreign.
     */
    private static Optional<Long> entryOutsideChain(DSLContext dsl, Long headId) {
        Long beyond = dsl.select(AUDIT_EVENT.ID.min())
                .from(AUDIT_EVENT)
                .where(headId == null ? AUDIT_EVENT.ID.isNotNull() : AUDIT_EVENT.ID.gt(headId))
                .fetchSingle(AUDIT_EVENT.ID.min());
        if (beyond == null || !Objects.equals(head(dsl).value1(), headId)) {
            return Optional.empty();
        }
        return Optional.of(beyond);
    }

    @Override
    public List<Entry> recent(int limit) {
        return database.current().selectFrom(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(checked(limit))
                .fetch(JooqAuditLog::entry);
    }

    @Override
    public List<Entry> olderThan(long entryId, int limit) {
        return database.current().selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ID.lt(entryId))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(checked(limit))
                .fetch(JooqAuditLog::entry);
    }

    private static Record2<Long, String> head(DSLContext dsl) {
        return dsl.select(AUDIT_CHAIN_HEAD.LAST_ID, AUDIT_CHAIN_HEAD.LAST_HASH)
                .from(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.ID.eq(HEAD))
                .fetchSingle();
    }

    private static String recomputedHash(AuditEventRecord row) {
        return JooqAuditLogFormat.hash(row.getPreviousHash(), row.getOccurredAt().toInstant(), row.getActor(),
                row.getScope(), row.getAction(), row.getTarget(), row.getSourceAddress(), row.getDetails());
    }

    private static Entry entry(AuditEventRecord row) {
        return new Entry(row.getId(), new AuditEvent(
                row.getOccurredAt().toInstant(),
                row.getActor(),
                Optional.ofNullable(row.getScope()),
                row.getAction(),
                Optional.ofNullable(row.getTarget()),
                Optional.ofNullable(row.getSourceAddress()),
                JooqAuditLogFormat.parseDetails(row.getDetails())));
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("An audit page holds 1 to " + MAX_PAGE + " entries");
        }
        return limit;
    }
}
