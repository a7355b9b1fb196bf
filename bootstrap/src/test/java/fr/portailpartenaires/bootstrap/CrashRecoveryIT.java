package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.GLOBAL_INVOICE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.INVOICE_LINE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailpartenaires.adapters.mail.SimpleJavaMailSender;
import fr.portailpartenaires.adapters.mail.SmtpSettings;
import fr.portailpartenaires.adapters.persistence.mail.JooqOutbox;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.shared.OutgoingMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal killed abruptly (SIGKILL of a separate JVM, no shutdown hook, no rollback sent) in the middle of the
 * invoicing job and of the mail outbox, on a real PostgreSQL; after a restart nothing is lost and nothing is
 * billed twice. For mails, the only duplicate possible is the one mail the SMTP server had acknowledged when the
 * process died, before its mark was committed (spec §7): at most one.
 */
class CrashRecoveryIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final int CONVENTIONS = 60;
    private static final int LINES = 20;
    private static final int MAILS = 300;

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static Portal portal() {
        return Portal.builder().dataSource(postgres.getPostgresDatabase()).backgroundJobs(false).build();
    }

    @Test
    void invoicing_killed_mid_run_bills_every_line_exactly_once_after_restart() throws Exception {
        try (Portal portal = portal()) {
            BillingData.openLines(portal, CONVENTIONS, LINES, Instant.now().minus(Duration.ofDays(30)));
            var dsl = portal.infra().database().dsl();
            IntSupplier invoices = () -> dsl.fetchCount(GLOBAL_INVOICE);

            int atKill = runAndKill("invoices", () -> invoices.getAsInt() >= 3);
            assertThat(atKill).as("killed in the middle of the run").isBetween(3, CONVENTIONS - 1);
            assertThat(dsl.fetchCount(INVOICE_LINE, INVOICE_LINE.INVOICE_ID.isNull())).isPositive();

            portal.generateDueInvoices();
            assertThat(dsl.fetchCount(INVOICE_LINE, INVOICE_LINE.INVOICE_ID.isNull())).as("no line lost").isZero();
            assertThat(invoices.getAsInt()).as("one invoice per convention, none twice").isEqualTo(CONVENTIONS);
            var perInvoice = dsl.select(GLOBAL_INVOICE.ID, GLOBAL_INVOICE.LINE_COUNT,
                            org.jooq.impl.DSL.count(INVOICE_LINE.ID))
                    .from(GLOBAL_INVOICE).leftJoin(INVOICE_LINE).on(INVOICE_LINE.INVOICE_ID.eq(GLOBAL_INVOICE.ID))
                    .groupBy(GLOBAL_INVOICE.ID, GLOBAL_INVOICE.LINE_COUNT).fetch();
            assertThat(perInvoice).allSatisfy(row -> assertThat(row.value3()).isEqualTo(row.value2()).isEqualTo(LINES));
            assertThat(portal.generateDueInvoices()).as("a rerun finds nothing to bill").isZero();
        }
    }

    @Test
    void the_outbox_killed_mid_run_loses_no_mail_and_sends_at_most_the_one_in_flight_twice() throws Exception {
        try (Portal portal = portal()) {
            var outbox = new JooqOutbox(portal.infra().database());
            Instant now = Instant.now();
            for (int i = 0; i < MAILS; i++) {
                outbox.enqueue(new OutgoingMail("destinataire" + i + "@partenaire.example", MailTemplate.values()[0],
                        "Mail " + i, "Texte " + i, "<p>Texte " + i + "</p>", now));
            }
            int atKill = runAndKill("mails", () -> SMTP.getReceivedMessages().length >= 20);
            assertThat(atKill).as("killed in the middle of the run").isBetween(20, MAILS - 1);

            try (SimpleJavaMailSender smtp = new SimpleJavaMailSender(new SmtpSettings("127.0.0.1",
                    SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(), SmtpSettings.Transport.SMTP,
                    "ne-pas-repondre@portail.example", "Portail partenaires", Duration.ofSeconds(10)));
                    Portal restarted = Portal.builder().dataSource(postgres.getPostgresDatabase()).backgroundJobs(false)
                            .mailSender(smtp).build()) {
                while (restarted.sendDueMails() > 0) {
                    Thread.onSpinWait();
                }
            }
            var dsl = portal.infra().database().dsl();
            assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.ne("SENT"))).as("every mail sent").isZero();
            Map<String, Long> received = Arrays.stream(SMTP.getReceivedMessages()).map(CrashRecoveryIT::subject)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(received).as("no mail lost").hasSize(MAILS);
            assertThat(received.values().stream().filter(count -> count > 1).count())
                    .as("at most the mail in flight at the kill is received twice").isLessThanOrEqualTo(1);
            assertThat(received.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2));
        }
    }

    /**
     * Starts {@link CrashingPortal} in its own JVM, waits until {@code midRun} holds, kills it with SIGKILL and
     * answers the progress seen at the kill (invoices or mails), checking that the process had not finished.
     */
    private static int runAndKill(String mode, java.util.function.BooleanSupplier midRun) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingPortal.class.getName(), postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                String.valueOf(SMTP.getSmtp().getPort()), mode)
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture.runAsync(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(output::add);
            } catch (java.io.IOException e) {
                output.add("read failed: " + e);
            }
        });
        try {
            SchedulerClusterIT.await(() -> midRun.getAsBoolean() || !process.isAlive());
            assertThat(process.isAlive()).as("still running: " + output).isTrue();
            process.destroyForcibly(); // SIGKILL on Linux
            assertThat(process.waitFor()).as("killed by SIGKILL").isEqualTo(128 + 9);
        } finally {
            process.destroyForcibly();
        }
        assertThat(output).as("the run had not finished").doesNotContain("DONE");
        if (mode.equals("invoices")) {
            try (Portal portal = portal()) {
                return portal.infra().database().dsl().fetchCount(GLOBAL_INVOICE);
            }
        }
        return SMTP.getReceivedMessages().length;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
