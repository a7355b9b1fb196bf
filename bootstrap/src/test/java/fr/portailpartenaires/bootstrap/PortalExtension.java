package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailpartenaires.application.testing.MutableClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The running portal of the story tests: GreenMail as its SMTP server, a {@link PortalServer} on a free port over a
 * fresh database (an H2 file in a temporary directory, or a database of an embedded PostgreSQL), the demo data,
 * captchas the test can read, and the clock the test moves when it was given a start instant.
 *
 * <pre>{@code
 * @RegisterExtension
 * final PortalExtension server = PortalExtension.onH2().clockAt(T0).build();
 * ...
 * PortalClient alex = server.loggedIn("Alex7", "Alex2018");
 * server.clock().advance(Duration.ofMinutes(31));
 * MimeMessage mail = server.mailbox().awaitMailTo("alexandre.grizzi@cielbleu.example");
 * }</pre>
 *
 * On an instance field each test gets its own portal (and an empty mailbox); on a static field the class shares one.
 * The portal starts at its first use, so a {@code @BeforeEach} may still {@link #start(Map) start it} with more
 * settings; it stops after the test (or the class).
 */
final class PortalExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private final boolean onPostgres;
    private final Map<String, String> settings;
    private final Clock clock;
    private final Consumer<Portal.Builder> customizer;
    private final RecordingCaptchaRenderer captchas = new RecordingCaptchaRenderer();
    /** Nesting depth of the classes this static extension serves; 0 when it serves one test. */
    private int classes;
    private GreenMail smtp;
    private Path dataDir;
    private Map<String, String> postgresDatabase;
    private PortalServer server;

    private PortalExtension(Builder builder) {
        this.onPostgres = builder.onPostgres;
        this.settings = Map.copyOf(builder.settings);
        this.clock = builder.start.<Clock>map(MutableClock::new).orElse(Clock.systemUTC());
        this.customizer = builder.customizer;
    }

    /** The service on its embedded H2 file database (with the demo data unless told otherwise). */
    static Builder onH2() {
        return new Builder(false);
    }

    /** The service on a fresh database of an embedded PostgreSQL (without the demo data unless told otherwise). */
    static Builder onPostgres() {
        return new Builder(true);
    }

    /** Starts the portal now, these settings over the extension's (for a {@code @BeforeEach} of a nested class). */
    void start(Map<String, String> more) {
        if (server != null) {
            throw new IllegalStateException("The portal is already running: start it before its first use");
        }
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        try {
            dataDir = Files.createTempDirectory("portail-it");
            Map<String, String> config = new HashMap<>(Map.of(
                    "PORTAIL_HTTP_PORT", "0",
                    "PORTAIL_DATA_DIR", dataDir.toString(),
                    "PORTAIL_SMTP_HOST", "127.0.0.1",
                    "PORTAIL_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                    "PORTAIL_SMTP_TRANSPORT", "SMTP",
                    "PORTAIL_MAIL_FROM", "ne-pas-repondre@portail.example"));
            if (onPostgres) {
                config.putAll(databaseSettings());
            }
            config.putAll(settings);
            config.putAll(more);
            server = PortalServer.start(PortalConfig.from(config), clock, builder -> {
                builder.captchaRenderer(captchas).outboxInterval(Duration.ofMillis(200));
                customizer.accept(builder);
            });
            if (!server.demoAccounts().isEmpty()) {
                emptyMailboxAfterTheDemonstration();
            }
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /**
     * The demonstration's loader goes through the use cases, which mail every account it opens: once the portal's
     * outbox job has sent them all (none left to send; the test sends them itself only when the jobs are off, as it
     * would race with the job), they are taken out of the mailbox, so that each test starts with an empty one.
     */
    private void emptyMailboxAfterTheDemonstration() {
        var outbox = server.portal().infra().outbox();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (outbox.log(java.util.Optional.empty(), 500).stream()
                .anyMatch(mail -> mail.status() != fr.portailpartenaires.application.shared.MailStatus.SENT)) {
            if (!server.portal().runsBackgroundJobs()) {
                server.portal().sendDueMails();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The demonstration's mails were not all sent in 20 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot empty the test's mailbox", e);
        }
    }

    /**
     * The {@code PORTAIL_DB_*} settings of this portal's fresh PostgreSQL database (created at the first call), so a
     * test can work on it before the portal starts — e.g. run the service's {@code admin} command on it.
     */
    Map<String, String> databaseSettings() {
        if (!onPostgres) {
            throw new IllegalStateException("This portal runs on its embedded H2 file, not on PostgreSQL");
        }
        if (postgresDatabase == null) {
            postgresDatabase = freshPostgresDatabase();
        }
        return postgresDatabase;
    }

    /** Starts the portal now with the extension's settings. */
    void start() {
        start(Map.of());
    }

    /** The portal's address, ending with a slash. */
    String url() {
        return running().url();
    }

    /** Every route the server answers, as {@code GET /services/bordereaux/{id}/{format}}. */
    java.util.List<String> routes() {
        return running().routes();
    }

    /** The portal as a library, for set-ups the HTTP API does not offer and for checks behind it. */
    Portal portal() {
        return running().portal();
    }

    /** A new visitor with its own cookies. */
    PortalClient client() {
        return new PortalClient(url());
    }

    /** A new visitor, logged in. */
    PortalClient loggedIn(String login, String password) {
        PortalClient client = client();
        assertThat(client.login(login, password).status()).as("login of " + login).isEqualTo(200);
        return client;
    }

    /** The clock the portal reads, which the test moves. */
    MutableClock clock() {
        if (clock instanceof MutableClock mutable) {
            return mutable;
        }
        throw new IllegalStateException("This portal runs on the system clock: build the extension with clockAt(...)");
    }

    /** The mails the portal sent. */
    Mailbox mailbox() {
        running();
        return new Mailbox(smtp);
    }

    /** The text of the last captcha the portal drew, as a person reads it on the image. */
    String captchaAnswer() {
        return captchas.lastText();
    }

    private PortalServer running() {
        if (server == null) {
            start();
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classes++;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (classes == 0) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--classes == 0) {
            stop();
        }
    }

    private void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            server = null;
            postgresDatabase = null;
            if (smtp != null) {
                smtp.stop();
                smtp = null;
            }
            if (dataDir != null) {
                deleteRecursively(dataDir);
                dataDir = null;
            }
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }

    /** A new database on the embedded PostgreSQL server this JVM starts once. */
    private static Map<String, String> freshPostgresDatabase() {
        String name = "portail_it_" + DATABASES.incrementAndGet();
        EmbeddedPostgres server = postgresServer();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return Map.of("PORTAIL_DB_URL", server.getJdbcUrl("postgres", name),
                "PORTAIL_DB_USER", "postgres", "PORTAIL_DB_PASSWORD", "postgres");
    }

    private static synchronized EmbeddedPostgres postgresServer() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's directory is temporary
                }
            }));
        }
        return postgres;
    }

    /** The options of the portal a story needs. */
    static final class Builder {

        private final boolean onPostgres;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Optional<Instant> start = Optional.empty();
        private Consumer<Portal.Builder> customizer = builder -> { };

        private Builder(boolean onPostgres) {
            this.onPostgres = onPostgres;
        }

        /** A {@code PORTAIL_*} setting, as the environment would give it (see {@link PortalConfig}). */
        Builder setting(String name, String value) {
            settings.put(name, value);
            return this;
        }

        /** The CAF profile: its password policy, its usage rules, the CAF manual's demo data. */
        /** The CAF profile (its password policy, mails, demo data), without usage rules to accept (tested apart). */
        Builder cafProfile() {
            return setting("PORTAIL_PROFIL", "CAF").setting("PORTAIL_REGLES_UTILISATION_VERSION", "AUCUNE");
        }

        Builder demoData(boolean demoData) {
            return setting("PORTAIL_DEMO", String.valueOf(demoData));
        }

        /** The portal reads a {@link MutableClock} starting there, instead of the system clock. */
        Builder clockAt(Instant instant) {
            start = Optional.of(instant);
            return this;
        }

        /** Last changes to the portal's options (background jobs, job intervals, a decorated hasher…). */
        Builder customize(Consumer<Portal.Builder> customizer) {
            this.customizer = customizer;
            return this;
        }

        PortalExtension build() {
            return new PortalExtension(this);
        }
    }
}
