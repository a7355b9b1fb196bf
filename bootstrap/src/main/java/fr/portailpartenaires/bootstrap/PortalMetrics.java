package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.mail.MailSender;
import fr.portailpartenaires.application.shared.OutgoingMail;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.LongSupplier;

/**
 * The portal's operational metrics (spec §8.5), kept out of the domain and the use cases: jobs run and failed
 * per task ({@link #measured}), the outbox depth (a gauge read at each scrape) and the mails the SMTP server
 * acknowledged (a {@link MailSender} decorator). {@link #scrape()} gives the Prometheus text exposition.
 */
public final class PortalMetrics {

    static final String JOB_RUNS = "portail.jobs.runs";
    static final String JOB_FAILURES = "portail.jobs.failures";
    static final String OUTBOX_PENDING = "portail.mail.outbox.pending";
    static final String MAILS_SENT = "portail.mails.sent";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter mailsSent;

    PortalMetrics(LongSupplier outboxDepth) {
        // Micrometer holds a gauge's object weakly unless told otherwise: the supplier, referenced by nothing else,
        // would be collected and the gauge would read NaN.
        Gauge.builder(OUTBOX_PENDING, outboxDepth, supplier -> supplier.getAsLong()).strongReference(true)
                .description("Mails waiting in the outbox").register(registry);
        mailsSent = Counter.builder(MAILS_SENT).description("Mails acknowledged by the mail server")
                .register(registry);
    }

    /** The job body, counted: one run per call, one failure when it throws (the failure is rethrown). */
    Runnable measured(String task, Runnable job) {
        Counter runs = Counter.builder(JOB_RUNS).tag("task", task).description("Background job executions")
                .register(registry);
        Counter failures = Counter.builder(JOB_FAILURES).tag("task", task).description("Background job failures")
                .register(registry);
        return () -> {
            runs.increment();
            try {
                job.run();
            } catch (RuntimeException failure) {
                failures.increment();
                throw failure;
            }
        };
    }

    /** The sender, counting the mails it got acknowledged (the outbox's attempts keep their Message-ID). */
    MailSender counting(MailSender sender) {
        return new MailSender() {
            @Override
            public void send(OutgoingMail mail) {
                sender.send(mail);
                mailsSent.increment();
            }

            @Override
            public void send(OutgoingMail mail, Attempt attempt) {
                sender.send(mail, attempt);
                mailsSent.increment();
            }
        };
    }

    /** How many times the task has run in this process (tests wait on it). */
    double runs(String task) {
        Counter counter = registry.find(JOB_RUNS).tag("task", task).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }
}
