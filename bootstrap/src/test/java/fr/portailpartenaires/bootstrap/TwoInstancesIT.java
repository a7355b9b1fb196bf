package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.GLOBAL_INVOICE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.INVOICE_LINE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.LOGIN_ATTEMPT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.shared.MailStatus;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.application.shared.ThrottlePolicy;
import fr.portailpartenaires.domain.convention.ConventionId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one PostgreSQL (issue 19): two service JVMs, started as an operator starts them, on one embedded
 * PostgreSQL and one SMTP server (GreenMail), and a test that alternates its requests between them as a load balancer
 * without sticky sessions would. A session opened on one works on the other, and ends on both when closed on either;
 * the throttles count the requests both answered; each job runs once, on one of them; each mail leaves once although
 * both run the outbox's sender. Each test's visitor comes from its own loopback address, so that the per-address
 * throttles of one test do not weigh on another.
 */
class TwoInstancesIT {

    private static final String METRICS_TOKEN = "jeton-de-metriques-des-deux-instances-0123456789";
    private static final Pattern JOB_RUNS = Pattern.compile("^portail_jobs_runs_total\\{task=\"([a-z-]+)\",?} (\\S+)$",
            Pattern.MULTILINE);
    /** How often each instance's outbox job looks for mails (the service's default). */
    private static final Duration OUTBOX_INTERVAL = Duration.ofSeconds(5);

    private static EmbeddedPostgres postgres;
    private static GreenMail smtp;
    private static final List<ServiceProcess> INSTANCES = new ArrayList<>();
    private static String a;
    private static String b;
    private static List<ConventionId> dueConventions;
    private static long startedNanos;
    private static Database database;

    /**
     * The database is migrated and the due invoice lines stored first, so that both instances find them at their
     * start; the demonstration's accounts are stored while the instances start, and their mails are sent by them.
     */
    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        database = Database.on(postgres.getPostgresDatabase());
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        try (Portal seed = Portal.builder().dataSource(postgres.getPostgresDatabase()).backgroundJobs(false).build()) {
            dueConventions = BillingData.openLines(seed, 4, 3, Instant.now().minus(Duration.ofDays(30)));
            startedNanos = System.nanoTime();
            List<CompletableFuture<ServiceProcess>> starting = List.of(
                    CompletableFuture.supplyAsync(() -> ServiceProcess.start(settings())),
                    CompletableFuture.supplyAsync(() -> ServiceProcess.start(settings())));
            try {
                DemoData.load(seed, Clock.systemUTC());
            } finally {
                awaitBoth(starting);
            }
        }
        a = INSTANCES.get(0).url();
        b = INSTANCES.get(1).url();
        System.out.printf("Two instances listening %.1f s after their launch: %s and %s%n",
                (System.nanoTime() - startedNanos) / 1e9, a, b);
    }

    /** The configuration of both, as an operator writes it once for all instances. */
    private static Map<String, String> settings() {
        return Map.ofEntries(
                Map.entry("PORTAIL_HTTP_PORT", "0"),
                Map.entry("PORTAIL_DB_URL", postgres.getJdbcUrl("postgres", "postgres")),
                Map.entry("PORTAIL_DB_USER", "postgres"),
                Map.entry("PORTAIL_DB_PASSWORD", "postgres"),
                Map.entry("PORTAIL_DEMO", "false"),
                Map.entry("PORTAIL_BASE_URL", "https://partenaires.example/"),
                Map.entry("PORTAIL_SMTP_HOST", "127.0.0.1"),
                Map.entry("PORTAIL_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort())),
                Map.entry("PORTAIL_SMTP_TRANSPORT", "SMTP"),
                Map.entry("PORTAIL_MAIL_FROM", "ne-pas-repondre@portail.example"),
                Map.entry("PORTAIL_METRICS_TOKEN", METRICS_TOKEN),
                Map.entry("PORTAIL_FACTURATION_INTERVALLE_MINUTES", "60"));
    }

    /** Keeps every instance that started, for the clean-up, before telling why one did not. */
    private static void awaitBoth(List<CompletableFuture<ServiceProcess>> starting) {
        Throwable failure = null;
        for (CompletableFuture<ServiceProcess> instance : starting) {
            try {
                INSTANCES.add(instance.join());
            } catch (CompletionException e) {
                failure = e.getCause();
            }
        }
        if (failure != null) {
            throw new AssertionError("Both instances must start", failure);
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            for (ServiceProcess instance : INSTANCES) {
                instance.destroy();
            }
        } finally {
            if (smtp != null) {
                smtp.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void a_session_opened_on_one_instance_is_the_same_on_the_other() {
        PortalClient onA = visitorFrom("127.0.0.2");
        PortalClient onB = onA.at(b);

        assertThat(onA.login(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password()).status()).isEqualTo(200);

        var partner = onB.get("/api/partenaire");
        assertThat(partner.status()).as(partner.raw()).isEqualTo(200);
        assertThat(partner.text("nom")).isEqualTo("Association Ciel Bleu");
    }

    @Test
    void the_login_form_shown_by_one_instance_is_accepted_by_the_other() {
        PortalClient onA = visitorFrom("127.0.0.3");
        PortalClient onB = onA.at(b);
        var form = onA.page("/connexion");
        Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.raw());
        assertThat(token.find()).as("the form's anti-forgery token").isTrue();

        var loggedIn = onB.submit("/connexion", Map.of("csrf", token.group(1),
                "login", DemoData.PARTNER_ADMIN.login(), "motDePasse", DemoData.PARTNER_ADMIN.password()));

        assertThat(loggedIn.status()).as(loggedIn.raw()).isEqualTo(303);
        var welcome = onA.page("/bienvenue");
        assertThat(welcome.status()).isEqualTo(200);
        assertThat(welcome.raw()).contains("Association Ciel Bleu");
    }

    @Test
    void logging_out_on_one_instance_ends_the_session_on_both() {
        PortalClient onA = visitorFrom("127.0.0.4");
        PortalClient onB = onA.at(b);
        assertThat(onA.login(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password()).status()).isEqualTo(200);
        assertThat(onB.get("/api/partenaire").status()).isEqualTo(200);
        String sessionId = onA.sessionCookie().orElseThrow();

        assertThat(onB.delete("/api/session").status()).as("logout on B, with the token given by A").isEqualTo(204);

        PortalClient keepingTheOldCookie = visitorFrom("127.0.0.4");
        keepingTheOldCookie.adoptSession(sessionId, null);
        assertThat(keepingTheOldCookie.get("/api/partenaire").status()).as("on A").isEqualTo(401);
        assertThat(keepingTheOldCookie.at(b).get("/api/partenaire").status()).as("on B").isEqualTo(401);
    }

    @Test
    void failed_logins_on_one_account_spread_over_both_lock_it_at_the_count_of_one_instance() {
        PortalClient onA = visitorFrom("127.0.0.5");
        PortalClient onB = onA.at(b);
        String login = DemoData.OTHER_CAISSE_ADMIN.login();
        List<PortalClient> alternately = List.of(onA, onB);
        int threshold = ThrottlePolicy.ACCOUNT.threshold();

        for (int attempt = 0; attempt < threshold; attempt++) {
            assertThat(alternately.get(attempt % 2).login(login, "mauvais" + attempt).status())
                    .as("wrong password n° %d", attempt + 1).isEqualTo(401);
        }

        assertThat(onA.login(login, "encore-faux").status()).isEqualTo(429);
        assertThat(onB.login(login, "encore-faux").status()).isEqualTo(429);
    }

    /**
     * A guesser sending its attempts at once, from many addresses, to both instances: every failure answered counts
     * against the account, so the guesses it gets before the lock do not grow with the number of instances.
     */
    @Test
    void failed_logins_sent_at_once_to_both_are_all_counted() throws Exception {
        String login = "rafale";
        int attempts = 2 * ThrottlePolicy.ACCOUNT.threshold() + 2;
        CountDownLatch gate = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        try (ExecutorService guessers = Executors.newFixedThreadPool(attempts)) {
            for (int attempt = 0; attempt < attempts; attempt++) {
                PortalClient guesser = visitorFrom("127.0.1." + (attempt + 1), attempt % 2 == 0 ? a : b);
                String password = "essai" + attempt;
                answers.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(gate);
                    return guesser.login(login, password).status();
                }, guessers));
            }
            gate.countDown();
        }
        List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
        long failures = statuses.stream().filter(status -> status == 401).count();

        var counted = dsl().select(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES).from(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.SCOPE.eq(LoginAttempts.Scope.ACCOUNT.name()), LOGIN_ATTEMPT.ATTEMPT_KEY.eq(login))
                .fetchOne(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES);
        assertThat(counted).as("failures counted of the answers %s", statuses).isEqualTo((int) failures);
        assertThat(visitorFrom("127.0.1.100").login(login, "encore").status()).isEqualTo(429);
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void failed_logins_from_one_address_over_many_accounts_lock_that_address_on_both() {
        PortalClient onA = visitorFrom("127.0.0.6");
        PortalClient onB = onA.at(b);
        List<PortalClient> alternately = List.of(onA, onB);
        int threshold = ThrottlePolicy.ADDRESS.threshold();

        for (int attempt = 0; attempt < threshold; attempt++) {
            assertThat(alternately.get(attempt % 2).login("inconnu" + attempt, "mauvais").status())
                    .as("unknown login n° %d", attempt + 1).isEqualTo(401);
        }

        assertThat(onA.login("inconnu-de-plus", "mauvais").status()).isEqualTo(429);
        assertThat(onB.login("inconnu-de-plus", "mauvais").status()).isEqualTo(429);
    }

    @Test
    void captchas_drawn_from_one_address_are_counted_over_both() {
        PortalClient onA = visitorFrom("127.0.0.7");
        PortalClient onB = onA.at(b);
        List<PortalClient> alternately = List.of(onA, onB);

        for (int drawn = 0; drawn < RequestThrottling.CAPTCHAS_PER_ADDRESS.threshold(); drawn++) {
            assertThat(alternately.get(drawn % 2).post("/api/captchas?type=question", "").status())
                    .as("captcha n° %d", drawn + 1).isEqualTo(201);
        }

        assertThat(onA.post("/api/captchas?type=question", "").status()).isEqualTo(429);
        assertThat(onB.post("/api/captchas?type=question", "").status()).isEqualTo(429);
    }

    @Test
    void registration_attempts_from_one_address_are_counted_over_both() {
        PortalClient onA = visitorFrom("127.0.0.8");
        PortalClient onB = onA.at(b);
        List<PortalClient> alternately = List.of(onA, onB);

        for (int attempt = 0; attempt < RequestThrottling.REGISTRATIONS_PER_ADDRESS.threshold(); attempt++) {
            assertThat(alternately.get(attempt % 2).post("/api/inscriptions", "{}").status())
                    .as("registration n° %d", attempt + 1).isNotEqualTo(429);
        }

        assertThat(onA.post("/api/inscriptions", "{}").status()).isEqualTo(429);
        assertThat(onB.post("/api/inscriptions", "{}").status()).isEqualTo(429);
    }

    @Test
    void each_job_runs_once_on_one_of_the_instances() throws Exception {
        SchedulerClusterIT.await(() -> dsl().fetchCount(INVOICE_LINE, INVOICE_LINE.CONVENTION_ID
                .in(dueConventions.stream().map(ConventionId::value).toList()).and(INVOICE_LINE.INVOICE_ID.isNull())) == 0);

        for (ConventionId convention : dueConventions) {
            assertThat(dsl().fetchCount(GLOBAL_INVOICE, GLOBAL_INVOICE.CONVENTION_ID.eq(convention.value())))
                    .as("one invoice per convention").isEqualTo(1);
        }
        Map<String, Double> runsOnA = jobRuns(a);
        Map<String, Double> runsOnB = jobRuns(b);
        double elapsedSeconds = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf("Job runs after %.0f s: A %s, B %s%n", elapsedSeconds, runsOnA, runsOnB);
        for (String task : List.of(BackgroundJobs.INVOICING_TASK, BackgroundJobs.EXCHANGE_PURGE_TASK,
                BackgroundJobs.PURGE_EXPIRED_TASK)) {
            assertThat(runsOnA.get(task) + runsOnB.get(task))
                    .as("runs of %s in its first interval, over both instances", task).isEqualTo(1.0);
        }
        assertThat(runsOnA.get(BackgroundJobs.MAIL_OUTBOX_TASK) + runsOnB.get(BackgroundJobs.MAIL_OUTBOX_TASK))
                .as("runs of the outbox job over both instances, one every %s at most", OUTBOX_INTERVAL)
                .isLessThanOrEqualTo(elapsedSeconds / OUTBOX_INTERVAL.toSeconds() + 1);
    }

    @Test
    void a_registration_made_across_both_instances_sends_each_of_its_mails_once() throws Exception {
        PortalClient visitorOnA = visitorFrom("127.0.0.9");
        PortalClient visitorOnB = visitorOnA.at(b);
        var question = visitorOnA.post("/api/captchas?type=question", "");
        Matcher asked = Pattern.compile("Combien font ([a-zé-]+) plus ([a-zé-]+) \\?").matcher(question.text("question"));
        assertThat(asked.matches()).as(question.raw()).isTrue();
        List<String> numbers = List.of("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf");

        var registered = visitorOnB.post("/api/inscriptions", registration(question.text("id"),
                numbers.indexOf(asked.group(1)) + numbers.indexOf(asked.group(2))));
        assertThat(registered.status()).as("the captcha asked by A, answered on B: " + registered.raw()).isEqualTo(201);

        PortalClient caisseOnB = visitorFrom("127.0.0.10", b);
        assertThat(caisseOnB.login(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password()).status())
                .isEqualTo(200);
        String pending = null;
        for (JsonNode request : caisseOnB.get("/api/caisse/inscriptions").body()) {
            if ("Deux62".equals(request.path("administrateurLogin").asText())) {
                pending = request.path("id").asText();
            }
        }
        assertThat(pending).as("the registration B stored, listed").isNotNull();
        assertThat(caisseOnB.at(a).post("/api/caisse/inscriptions/" + pending + "/validation", "").status())
                .isEqualTo(200);

        new Mailbox(smtp).awaitMailTo("deux62@ciel-bleu-deux.example");
        SchedulerClusterIT.await(() -> dsl().fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.ne(MailStatus.SENT.name())) == 0);
        Thread.sleep(OUTBOX_INTERVAL.plusSeconds(1).toMillis());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).filter(mail -> sentTo(mail, "deux62@ciel-bleu-deux.example")))
                .as("the temporary password's mail").hasSize(1);
        assertThat(Arrays.stream(received).map(TwoInstancesIT::messageId).collect(Collectors.toSet()))
                .as("no mail twice").hasSize(received.length);
        assertThat(received).as("every mail of the outbox (the demonstration's too), once")
                .hasSize(dsl().fetchCount(MAIL_OUTBOX));
    }

    private static Map<String, Object> registration(String captchaId, int answer) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("cguVersion", "2024-01");
        form.put("cguAcceptees", true);
        form.put("conventionDetenue", true);
        form.put("regime", "CNAV");
        form.put("caisse", "CARSAT-NORD-PICARDIE");
        form.put("codeConvention", DemoData.FREE_CONVENTION_NUMBERS.getFirst());
        form.put("typePartenaire", "STRUCTURE_EVALUATION");
        form.put("nomPartenaire", "Association Ciel Bleu Deux");
        form.put("telephone", "03 21 00 00 00");
        form.put("adresse", Map.of("numero", "12", "typeEtLibelleVoie", "Rue des Augustines", "codePostal", "62000",
                "commune", "Arras"));
        form.put("administrateur", Map.of("nom", "DEUX", "prenom", "Camille", "login", "Deux62",
                "email", "deux62@ciel-bleu-deux.example", "telephone", "0321000000"));
        form.put("captchaId", captchaId);
        form.put("captcha", String.valueOf(answer));
        return form;
    }

    /** A visitor on A coming from this loopback address. */
    private static PortalClient visitorFrom(String address) {
        return visitorFrom(address, a);
    }

    private static PortalClient visitorFrom(String address, String instance) {
        try {
            return PortalClient.from(InetAddress.getByName(address), instance);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The instance's job runs by task, from its Prometheus metrics. */
    private static Map<String, Double> jobRuns(String instance) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(instance + "metrics"))
                .header("Authorization", "Bearer " + METRICS_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        Map<String, Double> runs = new LinkedHashMap<>();
        Matcher line = JOB_RUNS.matcher(metrics.body());
        while (line.find()) {
            runs.put(line.group(1), Double.parseDouble(line.group(2)));
        }
        assertThat(runs).as(metrics.body()).containsKeys(BackgroundJobs.INVOICING_TASK, BackgroundJobs.MAIL_OUTBOX_TASK);
        return runs;
    }

    private static DSLContext dsl() {
        return database.dsl();
    }

    private static boolean sentTo(MimeMessage mail, String recipient) {
        try {
            return Mailbox.recipients(mail).contains(recipient);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
