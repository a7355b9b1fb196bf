package fr.portailpartenaires.bootstrap;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import fr.portailpartenaires.adapters.mail.FrenchMailTemplates;
import fr.portailpartenaires.adapters.mail.LoggingMailSender;
import fr.portailpartenaires.adapters.persistence.Argon2idPasswordHasher;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.DatabaseHealthProbe;
import fr.portailpartenaires.adapters.persistence.JooqAccounts;
import fr.portailpartenaires.adapters.persistence.JooqAuditLog;
import fr.portailpartenaires.adapters.persistence.JooqCaptchaStore;
import fr.portailpartenaires.adapters.persistence.JooqContactMessages;
import fr.portailpartenaires.adapters.persistence.JooqEmailChanges;
import fr.portailpartenaires.adapters.persistence.JooqInterventionOrders;
import fr.portailpartenaires.adapters.persistence.JooqConventions;
import fr.portailpartenaires.adapters.persistence.JooqLoginAttempts;
import fr.portailpartenaires.adapters.persistence.JooqOutbox;
import fr.portailpartenaires.adapters.persistence.JooqPartnerViews;
import fr.portailpartenaires.adapters.persistence.JooqPartners;
import fr.portailpartenaires.adapters.persistence.JooqReferenceData;
import fr.portailpartenaires.adapters.persistence.JooqRegistrations;
import fr.portailpartenaires.adapters.persistence.JooqSessionStore;
import fr.portailpartenaires.adapters.persistence.JooqTransactions;
import fr.portailpartenaires.adapters.persistence.JooqUsageRulesAcceptances;
import fr.portailpartenaires.adapters.persistence.JooqExchangeHistory;
import fr.portailpartenaires.adapters.persistence.JooqInvoices;
import fr.portailpartenaires.adapters.persistence.JooqOutboxDepth;
import fr.portailpartenaires.adapters.persistence.JooqPayments;
import fr.portailpartenaires.adapters.persistence.JooqTariffs;
import fr.portailpartenaires.application.port.in.ManageInvoices;
import fr.portailpartenaires.application.port.in.OpenInvoiceLine;
import fr.portailpartenaires.application.port.in.PaymentSlips;
import fr.portailpartenaires.application.port.in.SearchExchangeHistory;
import fr.portailpartenaires.application.port.out.ExchangeHistory;
import fr.portailpartenaires.application.port.out.Tariffs;
import fr.portailpartenaires.application.service.BillingSettings;
import fr.portailpartenaires.application.service.ExchangeHistoryService;
import fr.portailpartenaires.application.service.InvoicingService;
import fr.portailpartenaires.application.service.PaymentSlipService;
import fr.portailpartenaires.adapters.web.Java2dCaptchaRenderer;
import fr.portailpartenaires.application.mail.RetryPolicy;
import fr.portailpartenaires.application.port.in.AdministerMyPartner;
import fr.portailpartenaires.application.port.in.AcceptUsageRules;
import fr.portailpartenaires.application.port.in.Authenticate;
import fr.portailpartenaires.application.port.in.BrowseReferenceData;
import fr.portailpartenaires.application.port.in.ChangeMyEmail;
import fr.portailpartenaires.application.port.in.CheckHealth;
import fr.portailpartenaires.application.port.in.ContactAssistance;
import fr.portailpartenaires.application.port.in.DownloadHabitatDocuments;
import fr.portailpartenaires.application.port.in.ForgottenPassword;
import fr.portailpartenaires.application.port.in.IssueCaptcha;
import fr.portailpartenaires.application.port.in.ListMailLog;
import fr.portailpartenaires.application.port.in.ManageHabitatOrders;
import fr.portailpartenaires.application.port.in.ManagePartnerUsers;
import fr.portailpartenaires.application.port.in.ManageConventions;
import fr.portailpartenaires.application.port.in.RegisterPartner;
import fr.portailpartenaires.application.port.in.ReviewConventionRequests;
import fr.portailpartenaires.application.port.in.ReviewRegistrations;
import fr.portailpartenaires.application.port.in.SelectConvention;
import fr.portailpartenaires.application.port.in.ViewMyPartner;
import fr.portailpartenaires.application.port.in.WorkOnHabitatFiles;
import fr.portailpartenaires.application.port.out.Accounts;
import fr.portailpartenaires.application.port.out.CaptchaRenderer;
import fr.portailpartenaires.application.port.out.LoginAttempts;
import fr.portailpartenaires.application.port.out.AuditLog;
import fr.portailpartenaires.application.port.out.MailSender;
import fr.portailpartenaires.application.port.out.PasswordHasher;
import fr.portailpartenaires.application.port.out.ReferenceData;
import fr.portailpartenaires.application.service.AuthenticationService;
import fr.portailpartenaires.application.service.CaptchaService;
import fr.portailpartenaires.application.service.ConventionSelectionService;
import fr.portailpartenaires.application.service.ConventionService;
import fr.portailpartenaires.application.service.ContactService;
import fr.portailpartenaires.application.service.EmailChangeService;
import fr.portailpartenaires.application.service.HabitatService;
import fr.portailpartenaires.application.service.HealthService;
import fr.portailpartenaires.application.service.LoginThrottling;
import fr.portailpartenaires.application.service.MailLogService;
import fr.portailpartenaires.application.service.OutboxDispatcher;
import fr.portailpartenaires.application.service.PartnerAdministrationService;
import fr.portailpartenaires.application.service.PartnerQueries;
import fr.portailpartenaires.application.service.PasswordResetService;
import fr.portailpartenaires.application.service.PortalSettings;
import fr.portailpartenaires.application.service.RegistrationService;
import fr.portailpartenaires.application.service.RequestThrottling;
import fr.portailpartenaires.application.service.SessionPolicy;
import fr.portailpartenaires.application.service.SessionService;
import fr.portailpartenaires.application.service.WorkingConvention;
import fr.portailpartenaires.application.service.UsageRulesService;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal as a library: give it a {@link DataSource} (H2 or PostgreSQL), optionally a clock, a
 * mail sender and settings, and get the use cases — no framework, no global state, no HTTP server.
 *
 * <pre>{@code
 * try (Portal portal = Portal.builder().dataSource(dataSource).build()) {
 *     portal.registerPartner().register(form, "10.0.0.1");
 * }
 * }</pre>
 *
 * Background jobs (sending the mail outbox, purging expired sessions and captchas, generating the global
 * invoices, purging the exchange history) run on db-scheduler, persistent and cluster-safe, unless
 * {@link Builder#backgroundJobs(boolean)} is off.
 */
public final class Portal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Portal.class);

    private final Database database;
    private final ValidatorFactory validatorFactory;
    private final Optional<Scheduler> scheduler;
    private final RegistrationService registrations;
    private final AuthenticationService authentication;
    private final PartnerQueries queries;
    private final PartnerAdministrationService administration;
    private final CaptchaService captcha;
    private final HealthService health;
    private final MailLogService mailLog;
    private final OutboxDispatcher outboxDispatcher;
    private final Accounts accounts;
    private final ReferenceData referenceData;
    private final PasswordHasher hasher;
    private final AuditLog auditLog;
    private final fr.portailpartenaires.application.port.out.Partners partners;
    private final fr.portailpartenaires.application.port.out.Conventions conventions;
    private final ConventionService conventionService;
    private final ConventionSelectionService conventionSelection;
    private final WorkingConvention workingConvention;
    private final PasswordResetService passwordReset;
    private final UsageRulesService usageRules;
    private final ContactService contact;
    private final EmailChangeService emailChange;
    private final fr.portailpartenaires.application.port.out.InterventionOrders interventionOrders;
    private final HabitatService habitat;
    private final fr.portailpartenaires.application.port.out.AfasConventions afasStore;
    private final fr.portailpartenaires.application.service.AfasService afas;
    private final PortalMetrics metrics;
    private final Tariffs tariffs;
    private final ExchangeHistory exchangeLog;
    private final InvoicingService invoicing;
    private final PaymentSlipService paymentSlips;
    private final ExchangeHistoryService exchangeHistory;

    private Portal(Builder builder) {
        Clock clock = builder.clock;
        RandomGenerator random = builder.random;
        database = Database.on(builder.dataSource);
        if (builder.migrate) {
            database.migrate();
        }
        validatorFactory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        var transactions = new JooqTransactions(database);
        var outbox = new JooqOutbox(database, builder.portalUrl.getHost());
        var templates = new FrenchMailTemplates(builder.portalUrl);
        accounts = new JooqAccounts(database, clock);
        referenceData = new JooqReferenceData(database, clock);
        var argon2 = new Argon2idPasswordHasher(builder.argon2);
        LOG.info("Passwords: Argon2id {} with {}", builder.argon2, argon2.implementation());
        hasher = builder.hasherDecorator.apply(argon2);
        auditLog = new JooqAuditLog(database);
        partners = new JooqPartners(database, clock);
        conventions = new JooqConventions(database);
        captcha = new CaptchaService(new JooqCaptchaStore(database), builder.captchaRenderer, random, clock);
        var sessions = new SessionService(new JooqSessionStore(database), builder.sessionPolicy, random);
        var registrationStore = new JooqRegistrations(database);
        registrations = new RegistrationService(validatorFactory.getValidator(), captcha::verify, referenceData,
                registrationStore, partners, conventions, accounts, hasher, outbox, templates, auditLog,
                transactions, builder.settings, random, clock);
        var loginAttempts = new JooqLoginAttempts(database);
        var throttling = new LoginThrottling(loginAttempts);
        var acceptances = new JooqUsageRulesAcceptances(database);
        authentication = new AuthenticationService(accounts, hasher, throttling, sessions, outbox, templates, auditLog,
                transactions, builder.settings, acceptances, clock);
        var resetsPerAddress = new RequestThrottling(loginAttempts, LoginAttempts.Scope.PASSWORD_RESET_ADDRESS,
                RequestThrottling.PER_ADDRESS);
        var resetsPerAccount = new RequestThrottling(loginAttempts, LoginAttempts.Scope.PASSWORD_RESET_ACCOUNT,
                RequestThrottling.PER_ACCOUNT);
        var contactsPerAddress = new RequestThrottling(loginAttempts, LoginAttempts.Scope.CONTACT_ADDRESS,
                RequestThrottling.PER_ADDRESS);
        passwordReset = new PasswordResetService(validatorFactory.getValidator(), captcha::verify, accounts, hasher,
                sessions, resetsPerAddress, resetsPerAccount, outbox, templates, auditLog, transactions, builder.settings,
                random, clock);
        usageRules = new UsageRulesService(accounts, acceptances, sessions, auditLog, transactions, builder.settings,
                clock);
        contact = new ContactService(validatorFactory.getValidator(), captcha::verify, accounts,
                new JooqContactMessages(database), contactsPerAddress, outbox, templates, auditLog, transactions,
                builder.settings, clock);
        afasStore = new fr.portailpartenaires.adapters.persistence.JooqAfasConventions(database);
        emailChange = new EmailChangeService(validatorFactory.getValidator(), accounts, afasStore,
                new JooqEmailChanges(database), hasher, outbox, templates,
                auditLog, transactions, random, clock);
        List<RequestThrottling> requestThrottling = List.of(resetsPerAddress, resetsPerAccount, contactsPerAddress);
        queries = new PartnerQueries(new JooqPartnerViews(database), referenceData, clock);
        administration = new PartnerAdministrationService(validatorFactory.getValidator(), partners, accounts,
                registrationStore, hasher, sessions, outbox, templates, auditLog, transactions, builder.settings, random,
                clock);
        conventionService = new ConventionService(validatorFactory.getValidator(), referenceData, partners, conventions,
                outbox, templates, auditLog, transactions, clock);
        conventionSelection = new ConventionSelectionService(conventions, sessions, transactions, clock);
        workingConvention = new WorkingConvention(conventions, clock);
        interventionOrders = new JooqInterventionOrders(database);
        health = new HealthService(List.of(new DatabaseHealthProbe(database)));
        mailLog = new MailLogService(outbox);
        metrics = new PortalMetrics(new JooqOutboxDepth(database)::pending);
        outboxDispatcher = new OutboxDispatcher(outbox,
                metrics.counting(builder.mailSender != null ? builder.mailSender : new LoggingMailSender()), clock,
                RetryPolicy.standard());
        afas = new fr.portailpartenaires.application.service.AfasService(validatorFactory.getValidator(), afasStore,
                partners, accounts, referenceData, hasher, outbox, templates, auditLog, transactions, builder.settings,
                random, clock, sessions);
        tariffs = new JooqTariffs(database);
        exchangeLog = new JooqExchangeHistory(database);
        var invoiceStore = new JooqInvoices(database);
        var payments = new JooqPayments(database);
        invoicing = new InvoicingService(validatorFactory.getValidator(), invoiceStore, payments, tariffs, conventions,
                auditLog, transactions, builder.billingSettings, clock);
        paymentSlips = new PaymentSlipService(workingConvention, payments, invoiceStore, exchangeLog, auditLog,
                transactions, clock);
        exchangeHistory = new ExchangeHistoryService(exchangeLog, conventions, transactions, clock);
        habitat = new HabitatService(validatorFactory.getValidator(), conventions, partners, interventionOrders,
                invoicing, exchangeLog, auditLog, transactions, clock);
        scheduler = builder.backgroundJobs
                ? Optional.of(startScheduler(builder, sessions, throttling, requestThrottling, clock))
                : Optional.empty();
    }

    private Scheduler startScheduler(Builder builder, SessionService sessions, LoginThrottling throttling,
            List<RequestThrottling> requestThrottling, Clock clock) {
        Runnable dispatch = metrics.measured(MAIL_OUTBOX_TASK, outboxDispatcher::dispatchDue);
        RecurringTask<Void> sendMails = Tasks.recurring(MAIL_OUTBOX_TASK, FixedDelay.of(builder.outboxInterval))
                .execute((instance, context) -> dispatch.run());
        Runnable purgeExpired = metrics.measured("purge-expired", () -> {
            sessions.purgeExpired(clock.instant());
            captcha.purgeExpired(clock.instant());
            throttling.purgeForgotten(clock.instant());
            requestThrottling.forEach(counters -> counters.purgeForgotten(clock.instant()));
        });
        RecurringTask<Void> purge = Tasks.recurring("purge-expired", FixedDelay.ofMinutes(15))
                .execute((instance, context) -> purgeExpired.run());
        Scheduler started = Scheduler.create(builder.dataSource)
                .startTasks(sendMails, purge, invoicingTask(builder), exchangeHistoryPurgeTask(builder))
                .pollingInterval(Duration.ofSeconds(1))
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .registerShutdownHook()
                .build();
        started.start();
        return started;
    }

    /**
     * How often an instance marks the executions it runs as alive. An execution whose mark is older than
     * {@code HEARTBEAT × MISSED_HEARTBEATS} (20 s) belongs to a dead instance; every instance looks for such executions
     * every {@code 2 × HEARTBEAT} and revives them, so the work of a killed instance resumes within 30 s on the
     * restarted instance or another one (ADR 0013). db-scheduler's default, 5 min × 6, left it stuck for 30 min.
     */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** Heartbeats an execution may miss before it is dead (db-scheduler's minimum is 4). */
    static final int MISSED_HEARTBEATS = 4;

    /** db-scheduler's task that sends the mail outbox. */
    static final String MAIL_OUTBOX_TASK = "mail-outbox";
    /** db-scheduler's task that generates the due global invoices (spec §5.1). */
    static final String INVOICING_TASK = "invoicing";
    /** db-scheduler's task that purges the exchange history older than six months (spec §5.3). */
    static final String EXCHANGE_PURGE_TASK = "exchange-history-purge";

    /**
     * The invoicing job: every {@link Builder#billingJobsInterval}, on one instance of the cluster at a time,
     * generates the invoices due at the portal's clock. Idempotent (see {@link InvoicingService}).
     */
    private RecurringTask<Void> invoicingTask(Builder builder) {
        Runnable job = metrics.measured(INVOICING_TASK, invoicing::generateDueInvoices);
        return Tasks.recurring(INVOICING_TASK, FixedDelay.of(builder.billingJobsInterval))
                .execute((instance, context) -> job.run());
    }

    private RecurringTask<Void> exchangeHistoryPurgeTask(Builder builder) {
        Runnable job = metrics.measured(EXCHANGE_PURGE_TASK, exchangeHistory::purgeExpired);
        return Tasks.recurring(EXCHANGE_PURGE_TASK, FixedDelay.of(builder.billingJobsInterval))
                .execute((instance, context) -> job.run());
    }

    public static Builder builder() {
        return new Builder();
    }

    public RegisterPartner registerPartner() {
        return registrations;
    }

    public ReviewRegistrations reviewRegistrations() {
        return registrations;
    }

    public Authenticate authenticate() {
        return authentication;
    }

    public ViewMyPartner myPartner() {
        return queries;
    }

    /** The partner's data and address, as its administrators modify them. */
    public AdministerMyPartner partnerAdministration() {
        return administration;
    }

    /** The partner's users and administrator rights, as its administrators manage them. */
    public ManagePartnerUsers partnerUsers() {
        return administration;
    }

    /** The partner's Conventions tab: list, request; changes to a validated convention (its caisse only). */
    public ManageConventions partnerConventions() {
        return conventionService;
    }

    /** The caisse's review of the convention requests made with it. */
    public ReviewConventionRequests reviewConventionRequests() {
        return conventionService;
    }

    /** The convention selector of a partner user's session. */
    public SelectConvention selectConvention() {
        return conventionSelection;
    }

    /** The convention a partner user works on, for the services whose lists are scoped to it. */
    public WorkingConvention workingConvention() {
        return workingConvention;
    }

    public BrowseReferenceData referenceData() {
        return queries;
    }

    public IssueCaptcha captcha() {
        return captcha;
    }

    /** « Mot de passe oublié »: a temporary password by mail, the same answer whether or not the pair matches. */
    public ForgottenPassword forgottenPassword() {
        return passwordReset;
    }

    /** Acceptance of the usage rules (CAF profile, when the settings name a version). */
    public AcceptUsageRules acceptUsageRules() {
        return usageRules;
    }

    /** « Nous contacter »: mailed to the settings' assistance address and kept. */
    public ContactAssistance contactAssistance() {
        return contact;
    }

    /** « Modifier mon adresse mail »: a link to the new address, the change at its confirmation. */
    public ChangeMyEmail emailChange() {
        return emailChange;
    }

    public CheckHealth health() {
        return health;
    }

    public ListMailLog mailLog() {
        return mailLog;
    }

    /** Sends the due mails of the outbox now (the background job does it every few seconds). */
    public int sendDueMails() {
        return outboxDispatcher.dispatchDue();
    }

    /** The audit trail (operator use: verify the chain, read recent entries). */
    public AuditLog auditLog() {
        return auditLog;
    }

    /** The caisse's Habitat back-office: intervention orders and decision notifications. */
    public ManageHabitatOrders habitatOrders() {
        return habitat;
    }

    /** The ergothérapeute's Habitat service: the list of the orders and the visit certificates. */
    public WorkOnHabitatFiles habitatFiles() {
        return habitat;
    }

    /** The PDFs of a Habitat file (Eva, attestation de visite, notification d'aide), while they are available. */
    public DownloadHabitatDocuments habitatDocuments() {
        return habitat;
    }

    /**
     * Billing's entry point for the services that transmit (Habitat): opens the invoice line of a transmitted visit
     * certificate, joining the caller's transaction.
     */
    public OpenInvoiceLine openInvoiceLine() {
        return invoicing;
    }

    /** The caisse's invoices and their payments. */
    public ManageInvoices invoices() {
        return invoicing;
    }

    /** The partner's payment slips (bordereaux de paiement). */
    public PaymentSlips paymentSlips() {
        return paymentSlips;
    }

    /** « Historique des échanges ». */
    public SearchExchangeHistory exchangeHistory() {
        return exchangeHistory;
    }

    /** Generates the global invoices due now (the background job does it every few minutes); answers how many. */
    public int generateDueInvoices() {
        return invoicing.generateDueInvoices();
    }

    /** Purges the exchange history older than six months now (the background job does it too); answers how many. */
    public int purgeExchangeHistory() {
        return exchangeHistory.purgeExpired();
    }

    /** Jobs run and failed, outbox depth, mails sent, in the Prometheus text format. */
    public PortalMetrics metrics() {
        return metrics;
    }

    /** Where the services append their exchanges (the Habitat services take it). */
    ExchangeHistory exchangeLog() {
        return exchangeLog;
    }

    Tariffs tariffs() {
        return tariffs;
    }

    Database database() {
        return database;
    }

    Accounts accounts() {
        return accounts;
    }

    ReferenceData referenceDataStore() {
        return referenceData;
    }

    PasswordHasher passwordHasher() {
        return hasher;
    }

    fr.portailpartenaires.application.port.out.Partners partners() {
        return partners;
    }

    fr.portailpartenaires.application.port.out.Conventions conventions() {
        return conventions;
    }

    fr.portailpartenaires.application.port.out.InterventionOrders interventionOrders() {
        return interventionOrders;
    }

    /** The CAF's back-office of the AFAS service (spec §6): conventions, groups, approver validation. */
    public fr.portailpartenaires.application.port.in.AdministerAfasConventions afasConventions() {
        return afas;
    }

    /** The partner's side of the AFAS service (spec §6): users with generated identifiers, groups, role grants. */
    public fr.portailpartenaires.application.port.in.ManageAfasHabilitations afasHabilitations() {
        return afas;
    }

    fr.portailpartenaires.application.port.out.AfasConventions afasStore() {
        return afasStore;
    }

    @Override
    public void close() {
        scheduler.ifPresent(Scheduler::stop);
        validatorFactory.close();
    }

    /** Options of the embedded portal; only the data source is mandatory. */
    public static final class Builder {
        private DataSource dataSource;
        private Clock clock = Clock.systemUTC();
        private MailSender mailSender;
        private PortalSettings settings = PortalSettings.PPAS;
        private URI portalUrl = URI.create("http://localhost:8080/");
        private RandomGenerator random = new SecureRandom();
        private Argon2idPasswordHasher.Argon2Parameters argon2 = Argon2idPasswordHasher.Argon2Parameters.OWASP_MINIMUM;
        private SessionPolicy sessionPolicy = SessionPolicy.DEFAULT;
        private Duration outboxInterval = Duration.ofSeconds(5);
        private CaptchaRenderer captchaRenderer = new Java2dCaptchaRenderer();
        private boolean migrate = true;
        private boolean backgroundJobs = true;
        private UnaryOperator<PasswordHasher> hasherDecorator = UnaryOperator.identity();
        private BillingSettings billingSettings = BillingSettings.DEFAULT;
        private Duration billingJobsInterval = Duration.ofMinutes(5);

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

        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Argon2id cost; at least OWASP's minimum (m=19 MiB, t=2, p=1). */
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

        /** How captcha texts become images (Java2D PNG by default; an audio or accessible alternative can be plugged in). */
        public Builder captchaRenderer(CaptchaRenderer captchaRenderer) {
            this.captchaRenderer = Objects.requireNonNull(captchaRenderer, "captchaRenderer");
            return this;
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
