package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.persistence.mail.JooqOutbox;
import fr.portailpartenaires.application.shared.MailStatus;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.shared.OutgoingMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service sending a full outbox to a real SMTP server (GreenMail) on its embedded H2 file database is killed with
 * SIGKILL in the middle of a run, twice, and restarted on the same database each time: the restarted service sends
 * again within a minute, no mail is lost, and each kill leaves at most one duplicate — the mail the server had
 * accepted when the process died — recognisable by its Message-ID, the same as the first copy's, and announced in
 * the log as a possible duplicate (spec §7, ADR 0014).
 */
class MailOutboxCrashIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final int MAILS = 300;
    private static final int KILLS = 2;
    /** Mails received in a life of the service before it is killed. */
    private static final int SENT_BEFORE_KILL = 30;
    private static final Duration RESUME_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void killed_while_sending_it_resumes_within_a_minute_loses_no_mail_and_sends_at_most_one_twice_per_kill()
            throws Exception {
        Path database = dataDir.resolve("portail");
        try (HikariDataSource dataSource = DataSources.h2File(database);
                Portal portal = Portal.builder().dataSource(dataSource).backgroundJobs(false).build()) {
            var outbox = new JooqOutbox(portal.infra().database());
            Instant now = Instant.now();
            for (int i = 0; i < MAILS; i++) {
                outbox.enqueue(new OutgoingMail("destinataire" + i + "@partenaire.example", MailTemplate.values()[0],
                        "Mail " + i, "Texte " + i, "<p>Texte " + i + "</p>", now));
            }
        }
        Map<String, String> settings = Map.of("PORTAIL_HTTP_PORT", "0", "PORTAIL_DATA_DIR", dataDir.toString(),
                "PORTAIL_DEMO", "false", "PORTAIL_SMTP_HOST", "127.0.0.1",
                "PORTAIL_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()), "PORTAIL_SMTP_TRANSPORT", "SMTP",
                "PORTAIL_MAIL_FROM", "ne-pas-repondre@portail.example");
        IntSupplier received = () -> SMTP.getReceivedMessages().length;

        List<String> log = new ArrayList<>();
        List<Duration> resumedAfter = new ArrayList<>();
        List<Integer> duplicatesPerKill = new ArrayList<>();
        for (int life = 0; life <= KILLS; life++) {
            Set<String> subjectsBefore = subjects(SMTP.getReceivedMessages());
            int before = received.getAsInt();
            ServiceProcess service = ServiceProcess.start(settings);
            try {
                awaitOrFail(() -> received.getAsInt() > before, RESUME_WITHIN,
                        "no mail within " + RESUME_WITHIN.toSeconds() + " s of the start (life " + life + ")", service);
                if (life > 0) {
                    resumedAfter.add(service.age());
                }
                if (life < KILLS) {
                    awaitOrFail(() -> received.getAsInt() >= before + SENT_BEFORE_KILL, RESUME_WITHIN,
                            "fewer than " + SENT_BEFORE_KILL + " mails sent (life " + life + ")", service);
                    service.kill();
                    assertThat(subjects(SMTP.getReceivedMessages())).as("killed in the middle of the outbox")
                            .hasSizeLessThan(MAILS);
                } else {
                    awaitOrFail(() -> subjects(SMTP.getReceivedMessages()).size() == MAILS, RESUME_WITHIN,
                            "not every mail sent", service);
                    service.stop();
                }
            } finally {
                service.kill();
                log.addAll(service.output());
            }
            if (life > 0) {
                MimeMessage[] all = SMTP.getReceivedMessages();
                duplicatesPerKill.add((int) Arrays.stream(all, before, all.length)
                        .filter(message -> subjectsBefore.contains(subject(message))).count());
            }
        }

        MimeMessage[] messages = SMTP.getReceivedMessages();
        Map<String, List<String>> messageIdsBySubject = Arrays.stream(messages).collect(Collectors.groupingBy(
                MailOutboxCrashIT::subject, Collectors.mapping(MailOutboxCrashIT::messageId, Collectors.toList())));
        Map<String, List<String>> duplicated = messageIdsBySubject.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.printf("%d mails, %d kills: received %d, %d distinct; first mail %s s after each restart;"
                        + " duplicates per kill %s%n", MAILS, KILLS, messages.length, messageIdsBySubject.size(),
                resumedAfter.stream().map(d -> String.format("%.1f", d.toMillis() / 1000.0)).toList(),
                duplicatesPerKill);

        assertThat(resumedAfter).as("time from restart to the first mail").hasSize(KILLS)
                .allSatisfy(duration -> assertThat(duration).isLessThanOrEqualTo(RESUME_WITHIN));
        assertThat(messageIdsBySubject).as("no mail lost").hasSize(MAILS);
        assertThat(duplicatesPerKill).as("duplicates per kill").allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(1));
        assertThat(duplicated.values()).as("a duplicate carries the Message-ID of its first copy")
                .allSatisfy(ids -> assertThat(new HashSet<>(ids)).hasSize(1));
        assertThat(duplicated.values()).as("each duplicate is announced in the log")
                .allSatisfy(ids -> assertThat(log).anySatisfy(line ->
                        assertThat(line).contains("WARN", "possible duplicate", ids.getFirst())));
        try (HikariDataSource dataSource = DataSources.h2File(database);
                Portal portal = Portal.builder().dataSource(dataSource).backgroundJobs(false).build()) {
            assertThat(portal.infra().database().dsl().fetchCount(MAIL_OUTBOX,
                    MAIL_OUTBOX.STATUS.ne(MailStatus.SENT.name()))).as("the outbox is empty").isZero();
        }
    }

    private static void awaitOrFail(java.util.function.BooleanSupplier condition, Duration within, String failure,
            ServiceProcess service) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                service.kill();
                List<String> output = service.output();
                throw new AssertionError(failure + "; the service's last lines:\n"
                        + String.join("\n", output.subList(Math.max(0, output.size() - 15), output.size())));
            }
            SchedulerClusterIT.sleep(10);
        }
    }

    private static Set<String> subjects(MimeMessage[] messages) {
        return Arrays.stream(messages).map(MailOutboxCrashIT::subject).collect(Collectors.toSet());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
