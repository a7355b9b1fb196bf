package fr.portailpartenaires.bootstrap;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import javax.sql.DataSource;

/**
 * The portal's recurring jobs on db-scheduler, persistent and cluster-safe: each execution runs on one
 * instance of the cluster at a time, and each is measured ({@link PortalMetrics#measured}).
 */
final class BackgroundJobs {

    /** db-scheduler's task that sends the mail outbox. */
    static final String MAIL_OUTBOX_TASK = "mail-outbox";
    /** db-scheduler's task that generates the due global invoices (spec §5.1). */
    static final String INVOICING_TASK = "invoicing";
    /** db-scheduler's task that purges the exchange history older than six months (spec §5.3). */
    static final String EXCHANGE_PURGE_TASK = "exchange-history-purge";
    /** db-scheduler's task that purges expired sessions, captchas and forgotten throttling counters. */
    static final String PURGE_EXPIRED_TASK = "purge-expired";

    /**
     * How often an instance marks the executions it runs as alive. An execution whose mark is older than
     * {@code HEARTBEAT × MISSED_HEARTBEATS} (20 s) belongs to a dead instance; every instance looks for such executions
     * every {@code 2 × HEARTBEAT} and revives them, so the work of a killed instance resumes within 30 s on the
     * restarted instance or another one (ADR 14). db-scheduler's default, 5 min × 6, left it stuck for 30 min.
     */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** Heartbeats an execution may miss before it is dead (db-scheduler's minimum is 4). */
    static final int MISSED_HEARTBEATS = 4;

    /** One recurring job: its task name, its interval, what it runs. */
    record Job(String name, Duration interval, Runnable work) {
    }

    private BackgroundJobs() {
    }

    static Job job(String name, Duration interval, IntSupplier work) {
        return new Job(name, interval, work::getAsInt);
    }

    static Scheduler start(DataSource dataSource, PortalMetrics metrics, List<Job> jobs) {
        List<RecurringTask<Void>> tasks = jobs.stream().<RecurringTask<Void>>map(job -> {
            Runnable measured = metrics.measured(job.name(), job.work());
            return Tasks.recurring(job.name(), FixedDelay.of(job.interval()))
                    .execute((instance, context) -> measured.run());
        }).toList();
        Scheduler started = Scheduler.create(dataSource)
                .startTasks(tasks)
                .pollingInterval(Duration.ofSeconds(1))
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .registerShutdownHook()
                .build();
        started.start();
        return started;
    }
}
