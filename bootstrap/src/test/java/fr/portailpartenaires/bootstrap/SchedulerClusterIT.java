package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import fr.portailpartenaires.adapters.persistence.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the portal's scheduler on one real PostgreSQL (spec §8.5): each execution runs on one of them,
 * once; and two whole portals running the invoicing job against the same database bill every line exactly once.
 */
class SchedulerClusterIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Database.on(postgres.getPostgresDatabase()).migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void two_schedulers_on_one_database_never_run_the_same_execution_twice() {
        DataSource dataSource = postgres.getPostgresDatabase();
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> perScheduler = new ConcurrentHashMap<>();
        List<Scheduler> schedulers = IntStream.rangeClosed(1, 2).mapToObj(n -> {
            OneTimeTask<Void> task = Tasks.oneTime("cluster-test").execute((instance, context) -> {
                runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet();
                perScheduler.computeIfAbsent("scheduler-" + n, id -> new AtomicInteger()).incrementAndGet();
                sleep(5);
            });
            return Scheduler.create(dataSource, task).threads(4).pollingInterval(Duration.ofMillis(50))
                    .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed("scheduler-" + n)).build();
        }).toList();
        OneTimeTask<Void> scheduling = Tasks.oneTime("cluster-test").execute((instance, context) -> { });
        try {
            schedulers.forEach(Scheduler::start);
            for (int i = 0; i < 300; i++) {
                schedulers.get(i % 2).schedule(scheduling.instance("execution-" + i), Instant.now());
            }
            await(() -> runs.size() == 300 && schedulers.stream().allMatch(s -> s.getCurrentlyExecuting().isEmpty()));
        } finally {
            schedulers.forEach(Scheduler::stop);
        }
        assertThat(runs).hasSize(300);
        assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(perScheduler.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(300);
    }

    @Test
    void two_portals_running_the_invoicing_job_on_one_database_bill_each_line_exactly_once() {
        DataSource dataSource = postgres.getPostgresDatabase();
        Instant longAgo = Instant.now().minus(Duration.ofDays(30));
        List<fr.portailpartenaires.domain.convention.ConventionId> conventions;
        try (Portal setUp = Portal.builder().dataSource(dataSource).backgroundJobs(false).build()) {
            conventions = BillingData.openLines(setUp, 20, 12, longAgo);
        }
        try (Portal first = portal(dataSource); Portal second = portal(dataSource)) {
            await(() -> first.metrics().runs(BackgroundJobs.INVOICING_TASK) + second.metrics().runs(BackgroundJobs.INVOICING_TASK) >= 10
                    && openLines(first) == 0);
            var dsl = first.infra().database().dsl();
            var lines = fr.portailpartenaires.adapters.persistence.jooq.Tables.INVOICE_LINE;
            var invoices = fr.portailpartenaires.adapters.persistence.jooq.Tables.GLOBAL_INVOICE;
            for (var convention : conventions) {
                assertThat(dsl.fetchCount(invoices, invoices.CONVENTION_ID.eq(convention.value())))
                        .as("one invoice per convention").isEqualTo(1);
                assertThat(dsl.fetchCount(lines, lines.CONVENTION_ID.eq(convention.value())
                        .and(lines.INVOICE_ID.isNotNull()))).isEqualTo(12);
            }
            assertThat(first.metrics().runs(BackgroundJobs.INVOICING_TASK) + second.metrics().runs(BackgroundJobs.INVOICING_TASK))
                    .isGreaterThanOrEqualTo(10);
        }
    }

    private static Portal portal(DataSource dataSource) {
        return Portal.builder().dataSource(dataSource).billingJobsInterval(Duration.ofMillis(20))
                .build();
    }

    private static int openLines(Portal portal) {
        var lines = fr.portailpartenaires.adapters.persistence.jooq.Tables.INVOICE_LINE;
        return portal.infra().database().dsl().fetchCount(lines, lines.INVOICE_ID.isNull());
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within 60 s");
            }
            sleep(20);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
