package fr.portailpartenaires.adapters.persistence;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.AuditLog.Break;
import fr.portailpartenaires.application.shared.AuditLog.Broken;
import fr.portailpartenaires.application.shared.AuditLog.Intact;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link AuditLogContract} in a database, where the trail is also tamper-evident: every entry is chained to the one
 * before by its hash, appends never fork the chain, and a rolled-back append leaves no trace. Each test gets a fresh
 * database, since tampering with one is the point.
 */
abstract class JooqAuditLogContract extends AuditLogContract {

    private Database database;

    protected abstract Database freshDatabase();

    @Override
    protected AuditLog emptyAuditLog() {
        database = freshDatabase();
        return new JooqAuditLog(database);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (database.dataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private DSLContext sql() {
        return database.dsl();
    }

    @Nested
    class Chaining {

        @Test
        void each_entry_links_to_the_one_before_and_the_head_to_the_last() {
            List<Long> ids = appendThree();

            var rows = sql().selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch();
            assertThat(rows.get(0).getPreviousHash()).isEqualTo(JooqAuditLogFormat.GENESIS);
            assertThat(rows.get(1).getPreviousHash()).isEqualTo(rows.get(0).getHash());
            assertThat(rows.get(2).getPreviousHash()).isEqualTo(rows.get(1).getHash());
            var head = sql().selectFrom(AUDIT_CHAIN_HEAD).fetchSingle();
            assertThat(head.getLastId()).isEqualTo(ids.get(2));
            assertThat(head.getLastHash()).isEqualTo(rows.get(2).getHash());
            assertThat(auditLog.verifyChain()).isEqualTo(new Intact(3));
        }
    }

    @Nested
    class Tampering_is_detected {

        @Test
        void an_edited_entry_no_longer_matches_its_hash() {
            List<Long> ids = appendThree();

            sql().update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone-else").where(AUDIT_EVENT.ID.eq(ids.get(1))).execute();

            assertThat(auditLog.verifyChain()).isEqualTo(new Broken(ids.get(1), Break.CONTENT_ALTERED));
        }

        @Test
        void an_edited_date_too() {
            List<Long> ids = appendThree();

            sql().update(AUDIT_EVENT).set(AUDIT_EVENT.OCCURRED_AT, T0.minus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
                    .where(AUDIT_EVENT.ID.eq(ids.get(0))).execute();

            assertThat(auditLog.verifyChain()).isEqualTo(new Broken(ids.get(0), Break.CONTENT_ALTERED));
        }

        @Test
        void an_entry_rewritten_with_a_recomputed_hash_breaks_the_link_of_the_next() {
            List<Long> ids = appendThree();
            var row = sql().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(ids.get(1))).fetchSingle();
            String forged = JooqAuditLogFormat.hash(row.getPreviousHash(), row.getOccurredAt().toInstant(), "someone-else",
                    null, row.getAction(), null, null, row.getDetails());

            sql().update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone-else").set(AUDIT_EVENT.HASH, forged)
                    .where(AUDIT_EVENT.ID.eq(ids.get(1))).execute();

            assertThat(auditLog.verifyChain()).isEqualTo(new Broken(ids.get(2), Break.PREVIOUS_ENTRY_MISSING_OR_ALTERED));
        }

        @Test
        void a_deleted_middle_entry_breaks_the_link_of_the_next() {
            List<Long> ids = appendThree();

            sql().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(ids.get(1))).execute();

            assertThat(auditLog.verifyChain()).isEqualTo(new Broken(ids.get(2), Break.PREVIOUS_ENTRY_MISSING_OR_ALTERED));
        }

        @Test
        void a_deleted_first_entry_too() {
            List<Long> ids = appendThree();

            sql().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(ids.get(0))).execute();

            assertThat(auditLog.verifyChain()).isEqualTo(new Broken(ids.get(1), Break.PREVIOUS_ENTRY_MISSING_OR_ALTERED));
        }

        @Test
        void deleted_latest_entries_leave_the_head_pointing_past_the_chain() {
            List<Long> ids = appendThree();

            sql().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(ids.get(2))).execute();

            assertThat(auditLog.verifyChain()).isEqualTo(new Broken(ids.get(2), Break.LATEST_ENTRIES_MISSING));
        }

        @Test
        void an_entry_inserted_behind_the_log_s_back_is_outside_the_chain() {
            List<Long> ids = appendThree();
            String lastHash = sql().selectFrom(AUDIT_CHAIN_HEAD).fetchSingle().getLastHash();
            long foreignId = ids.get(2) + 100;

            sql().insertInto(AUDIT_EVENT)
                    .set(AUDIT_EVENT.ID, foreignId)
                    .set(AUDIT_EVENT.OCCURRED_AT, T0.atOffset(ZoneOffset.UTC))
                    .set(AUDIT_EVENT.ACTOR, "intruder")
                    .set(AUDIT_EVENT.ACTION, "LOGIN_SUCCEEDED")
                    .set(AUDIT_EVENT.DETAILS, "")
                    .set(AUDIT_EVENT.PREVIOUS_HASH, lastHash)
                    .set(AUDIT_EVENT.HASH, JooqAuditLogFormat.hash(lastHash, T0, "intruder", null, "LOGIN_SUCCEEDED",
                            null, null, ""))
                    .execute();

            assertThat(auditLog.verifyChain()).isEqualTo(new Broken(foreignId, Break.ENTRY_OUTSIDE_CHAIN));
        }
    }

    @Nested
    class Transactions {

        @Test
        void concurrent_appends_never_fork_the_chain() throws Exception {
            int threads = 4;
            int appendsPerThread = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int n = 0; n < appendsPerThread; n++) {
                            AuditEvent event = AuditEvent.of(T0, "thread-" + thread, AuditAction.DOWNLOADED)
                                    .withDetail("n", Integer.toString(n));
                            database.inTransaction(() -> {
                                auditLog.append(event);
                                return null;
                            });
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : done) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(auditLog.verifyChain()).isEqualTo(new Intact(threads * appendsPerThread));
            assertThat(sql().fetchCount(sql().selectDistinct(AUDIT_EVENT.PREVIOUS_HASH).from(AUDIT_EVENT)))
                    .isEqualTo(threads * appendsPerThread);
        }

        @Test
        void an_append_in_a_use_case_that_rolls_back_leaves_no_trace_and_the_chain_goes_on() {
            auditLog.append(event(1));
            String headBefore = sql().selectFrom(AUDIT_CHAIN_HEAD).fetchSingle().getLastHash();

            assertThatThrownBy(() -> database.inTransaction(() -> {
                auditLog.append(event(2));
                throw new IllegalStateException("panne simulée");
            })).hasMessageContaining("panne simulée");

            assertThat(auditLog.recent(10)).extracting(entry -> entry.event().actor()).containsExactly("user-1");
            assertThat(sql().selectFrom(AUDIT_CHAIN_HEAD).fetchSingle().getLastHash()).isEqualTo(headBefore);
            auditLog.append(event(3));
            assertThat(auditLog.recent(10)).extracting(entry -> entry.event().actor()).containsExactly("user-3", "user-1");
            assertThat(auditLog.verifyChain()).isEqualTo(new Intact(2));
        }
    }
}
