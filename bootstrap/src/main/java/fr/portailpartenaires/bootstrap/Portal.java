package fr.portailpartenaires.bootstrap;

import com.github.kagkarlsson.scheduler.Scheduler;
import fr.portailpartenaires.adapters.mail.LoggingMailSender;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.DatabaseHealthProbe;
import fr.portailpartenaires.adapters.persistence.account.Argon2idPasswordHasher;
import fr.portailpartenaires.adapters.persistence.mail.JooqOutboxDepth;
import fr.portailpartenaires.application.demo.DemoTime;
import fr.portailpartenaires.application.shared.SessionPolicy;
import fr.portailpartenaires.application.billing.BillingSettings;
import fr.portailpartenaires.application.health.CheckHealth;
import fr.portailpartenaires.application.health.HealthService;
import fr.portailpartenaires.application.mail.ListMailLog;
import fr.portailpartenaires.application.mail.MailLogService;
import fr.portailpartenaires.application.mail.MailSender;
import fr.portailpartenaires.application.mail.OutboxDispatcher;
import fr.portailpartenaires.application.mail.RetryPolicy;
import fr.portailpartenaires.application.registration.CaptchaRenderer;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.PasswordHasher;
import fr.portailpartenaires.application.shared.PortalSettings;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The portal as a library: give it a {@link DataSource} (H2 or PostgreSQL), optionally a clock, a
 * mail sender and settings, and get its features and their use cases — no framework, no global state,
 * no HTTP server.
 *
 * <pre>{@code
 * try (Portal portal = Portal.builder().dataSource(dataSource).build()) {
 *     portal.registration().registerPartner().register(form, "10.0.0.1");
 * }
 * }</pre>
 *
 * Each feature is wired once, in its own class ({@code RegistrationFeature}, {@code HabitatFeature}…), from the
 * shared {@link Infrastructure}; the portal composes them. Background jobs (sending the mail outbox, purging expired
 * sessions and captchas, generating the global invoices, purging the exchange history) run on db-scheduler,
 * persistent and cluster-safe, unless {@link Builder#backgroundJobs(boolean)} is off.
 */
public final class Portal implements AutoCloseable {

    private final ValidatorFactory validatorFactory;
    private final Infrastructure infra;
    private final RegistrationFeature registration;
    private final AccountFeature account;
    private final PartnerFeature partner;
    private final ConventionFeature convention;
    private final ExchangeFeature exchange;
    private final BillingFeature billing;
    private final HabitatFeature habitat;
    private final HabilitationFeature habilitation;
    private final ContactFeature contact;
    private final CaisseFeature caisse;
    private final DemoFeature demo;
    private final HealthService health;
    private final MailLogService mailLog;
    private final OutboxDispatcher outboxDispatcher;
    private final PortalMetrics metrics;
    private final Optional<Scheduler> scheduler;

    private Portal(Builder builder) {
        Database database = Database.on(builder.dataSource);
        if (builder.migrate) {
            database.migrate();
        }
        validatorFactory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        infra = Infrastructure.of(builder, database, validatorFactory.getValidator());
        registration = new RegistrationFeature(infra, builder.captchaRenderer());
        habilitation = new HabilitationFeature(infra);
        account = new AccountFeature(infra, registration.captchaService());
        partner = new PartnerFeature(infra, registration.store());
        convention = new ConventionFeature(infra);
        exchange = new ExchangeFeature(infra);
        billing = new BillingFeature(infra, builder.billingSettings, convention.workingConvention(), exchange.store());
        habitat = new HabitatFeature(infra, billing.openInvoiceLine(), exchange.store());
        contact = new ContactFeature(infra, registration.captchaService(), account.contactThrottling());
        caisse = new CaisseFeature(infra, registration.store());
        demo = new DemoFeature(infra, builder.demoTime != null ? builder.demoTime : DemoTime.fixed(infra.clock()));
        health = new HealthService(List.of(new DatabaseHealthProbe(database)));
        mailLog = new MailLogService(infra.outbox());
        metrics = new PortalMetrics(new JooqOutboxDepth(database)::pending);
        outboxDispatcher = new OutboxDispatcher(infra.outbox(),
                metrics.counting(builder.mailSender != null ? builder.mailSender : new LoggingMailSender()),
                infra.clock(), RetryPolicy.standard());
        scheduler = builder.backgroundJobs
                ? Optional.of(BackgroundJobs.start(builder.dataSource, metrics, List.of(
                        BackgroundJobs.job(BackgroundJobs.MAIL_OUTBOX_TASK, builder.outboxInterval,
                                outboxDispatcher::dispatchDue),
                        new BackgroundJobs.Job(BackgroundJobs.PURGE_EXPIRED_TASK, Duration.ofMinutes(15),
                                () -> purgeExpired(infra.clock().instant())),
                        BackgroundJobs.job(BackgroundJobs.INVOICING_TASK, builder.billingJobsInterval,
                                billing::generateDueInvoices),
                        BackgroundJobs.job(BackgroundJobs.EXCHANGE_PURGE_TASK, builder.billingJobsInterval,
                                exchange::purgeExpired))))
                : Optional.empty();
    }

    private void purgeExpired(Instant now) {
        account.purgeExpired(now);
        registration.purgeExpired(now);
        contact.purgeExpired(now);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Pré-inscription, its captcha and reference lists; the caisse's review of the requests. */
    public RegistrationFeature registration() {
        return registration;
    }

    /** The caisse's back-office: the operator's creation of its first administrator (spec §3.5). */
    public CaisseFeature caisse() {
        return caisse;
    }

    /** The demonstration portal's clock (fixed unless the builder was given a {@link DemoTime}). */
    public DemoFeature demo() {
        return demo;
    }

    /** Login, sessions, passwords, usage rules, e-mail change. */
    public AccountFeature account() {
        return account;
    }

    /** The partner's data, address and users. */
    public PartnerFeature partner() {
        return partner;
    }

    /** Conventions: requests, the caisse's decisions, the session's selection. */
    public ConventionFeature convention() {
        return convention;
    }

    /** The Habitat service. */
    public HabitatFeature habitat() {
        return habitat;
    }

    /** Invoices, payments and payment slips. */
    public BillingFeature billing() {
        return billing;
    }

    /** The exchange history. */
    public ExchangeFeature exchange() {
        return exchange;
    }

    /** The CAF profile's AFAS conventions and habilitations. */
    public HabilitationFeature habilitation() {
        return habilitation;
    }

    /** « Nous contacter ». */
    public ContactFeature contact() {
        return contact;
    }

    public CheckHealth health() {
        return health;
    }

    public ListMailLog mailLog() {
        return mailLog;
    }

    /** Sends the mails due now (what the {@code mail-outbox} job does); the number sent. */
    public int sendDueMails() {
        return outboxDispatcher.dispatchDue();
    }

    /** Generates the global invoices due now (what the {@code invoicing} job does); the number generated. */
    public int generateDueInvoices() {
        return billing.generateDueInvoices();
    }

    /** Purges the exchange history past six months (what its job does); the number purged. */
    public int purgeExchangeHistory() {
        return exchange.purgeExpired();
    }

    public AuditLog auditLog() {
        return infra.auditLog();
    }

    public PortalMetrics metrics() {
        return metrics;
    }

    /** Whether the background jobs run (they send the outbox); off, the embedder calls {@link #sendDueMails()}. */
    boolean runsBackgroundJobs() {
        return scheduler.isPresent();
    }

    /** The shared infrastructure (for the demo data and the tests of this module). */
    Infrastructure infra() {
        return infra;
    }

    @Override
    public void close() {
        scheduler.ifPresent(Scheduler::stop);
        validatorFactory.close();
    }

    public static final class Builder {
        DataSource dataSource;
        Clock clock = Clock.systemUTC();
        MailSender mailSender;
        PortalSettings settings = PortalSettings.PPAS;
        URI portalUrl = URI.create("http://localhost:8080/");
        String mailSignature = fr.portailpartenaires.adapters.mail.FrenchMailTemplates.SIGNATURE;
        RandomGenerator random = new SecureRandom();
        Argon2idPasswordHasher.Argon2Parameters argon2 = Argon2idPasswordHasher.Argon2Parameters.DEFAULT;
        SessionPolicy sessionPolicy = SessionPolicy.DEFAULT;
        Duration outboxInterval = Duration.ofSeconds(5);
        CaptchaRenderer captchaRenderer;
        ClassLoader captchaRenderers;
        boolean migrate = true;
        boolean backgroundJobs = true;
        UnaryOperator<PasswordHasher> hasherDecorator = UnaryOperator.identity();
        BillingSettings billingSettings = BillingSettings.DEFAULT;
        Duration billingJobsInterval = Duration.ofMinutes(5);
        DemoTime demoTime;

        private Builder() {
        }

        /** Tests wrap the Argon2id hasher here (to count the hashes a use case makes); not a public option. */
        Builder hasherDecorator(UnaryOperator<PasswordHasher> hasherDecorator) {
            this.hasherDecorator = Objects.requireNonNull(hasherDecorator, "hasherDecorator");
            return this;
        }

        /** The database (H2 in PostgreSQL mode, or PostgreSQL); migrated at build unless {@link #migrate(boolean)} is off. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where mails go (SMTP with {@code SimpleJavaMailSender}); by default they are logged and kept in the outbox. */
        public Builder mailSender(MailSender mailSender) {
            this.mailSender = Objects.requireNonNull(mailSender, "mailSender");
            return this;
        }

        public Builder settings(PortalSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The portal's public address, used in the mails' links. */
        public Builder portalUrl(URI portalUrl) {
            this.portalUrl = Objects.requireNonNull(portalUrl, "portalUrl");
            return this;
        }

        /** The line the mails are signed with (« Administrateur PPAS » by default). */
        public Builder mailSignature(String mailSignature) {
            this.mailSignature = Objects.requireNonNull(mailSignature, "mailSignature");
            return this;
        }

        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Argon2id cost ({@code DEFAULT}: m=7 MiB, t=5, p=1); at least one of OWASP's five equivalent minimums. */
        public Builder argon2(Argon2idPasswordHasher.Argon2Parameters argon2) {
            this.argon2 = Objects.requireNonNull(argon2, "argon2");
            return this;
        }

        public Builder sessionPolicy(SessionPolicy sessionPolicy) {
            this.sessionPolicy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
            return this;
        }

        /** How often the outbox job sends due mails (5 s by default). */
        public Builder outboxInterval(Duration outboxInterval) {
            this.outboxInterval = Objects.requireNonNull(outboxInterval, "outboxInterval");
            return this;
        }

        /**
         * How captcha texts become images. By default, the first {@link CaptchaRenderer} registered in
         * {@code META-INF/services} (the web adapter registers its Java2D one); with none on the class path, image
         * captchas are refused and the text question ({@code IssueCaptcha.ask}) is the captcha (ADR 23).
         */
        public Builder captchaRenderer(CaptchaRenderer captchaRenderer) {
            this.captchaRenderer = Objects.requireNonNull(captchaRenderer, "captchaRenderer");
            return this;
        }

        /** Tests look the default renderer up in another class loader (the thread's context one otherwise). */
        Builder captchaRenderers(ClassLoader captchaRenderers) {
            this.captchaRenderers = Objects.requireNonNull(captchaRenderers, "captchaRenderers");
            return this;
        }

        /** The renderer given, or the first one registered as a service; empty when there is none. */
        Optional<CaptchaRenderer> captchaRenderer() {
            if (captchaRenderer != null) {
                return Optional.of(captchaRenderer);
            }
            ClassLoader loader = captchaRenderers != null ? captchaRenderers : Thread.currentThread().getContextClassLoader();
            return ServiceLoader.load(CaptchaRenderer.class, loader).findFirst();
        }

        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /** Off: no scheduler thread; call {@link Portal#sendDueMails()} yourself. */
        public Builder backgroundJobs(boolean backgroundJobs) {
            this.backgroundJobs = backgroundJobs;
            return this;
        }

        /** The default tariff of an invoice line (80,00 € unless set). */
        public Builder billingSettings(BillingSettings billingSettings) {
            this.billingSettings = Objects.requireNonNull(billingSettings, "billingSettings");
            return this;
        }

        /** The demonstration's movable time (the portal's clock must be the same object's). */
        Builder demoTime(DemoTime demoTime) {
            this.demoTime = Objects.requireNonNull(demoTime, "demoTime");
            return this;
        }

        /** How often the invoicing and exchange-history purge jobs look for work (5 min by default). */
        public Builder billingJobsInterval(Duration billingJobsInterval) {
            this.billingJobsInterval = Objects.requireNonNull(billingJobsInterval, "billingJobsInterval");
            return this;
        }

        public Portal build() {
            if (dataSource == null) {
                throw new IllegalStateException("Portal.builder().dataSource(...) is mandatory");
            }
            return new Portal(this);
        }
    }
}
