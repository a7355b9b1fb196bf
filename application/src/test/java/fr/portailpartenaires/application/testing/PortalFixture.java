package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.application.account.AuthenticationService;
import fr.portailpartenaires.application.account.EmailChangeService;
import fr.portailpartenaires.application.account.DeviceCookies;
import fr.portailpartenaires.application.account.LoginThrottling;
import fr.portailpartenaires.application.account.PasswordResetService;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.application.shared.SessionPolicy;
import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.account.AccountPorts;
import fr.portailpartenaires.application.billing.BillingPorts;
import fr.portailpartenaires.application.caisse.CaissePorts;
import fr.portailpartenaires.application.registration.RegistrationPorts;
import fr.portailpartenaires.application.billing.BillingSettings;
import fr.portailpartenaires.application.billing.InvoicingJob;
import fr.portailpartenaires.application.billing.ManageInvoicesService;
import fr.portailpartenaires.application.billing.OpenInvoiceLineService;
import fr.portailpartenaires.application.billing.PaymentSlipService;
import fr.portailpartenaires.application.contact.ContactService;
import fr.portailpartenaires.application.convention.ConventionPorts;
import fr.portailpartenaires.application.convention.ConventionSelectionService;
import fr.portailpartenaires.application.convention.ManageConventionsService;
import fr.portailpartenaires.application.convention.ReviewConventionRequestsService;
import fr.portailpartenaires.application.shared.WorkingConvention;
import fr.portailpartenaires.application.exchange.ExchangeHistoryPurge;
import fr.portailpartenaires.application.exchange.ExchangeHistoryService;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventionsService;
import fr.portailpartenaires.application.habilitation.AfasAccounts;
import fr.portailpartenaires.application.habilitation.AfasConventionAccess;
import fr.portailpartenaires.application.habilitation.HabilitationPorts;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventionsService;
import fr.portailpartenaires.application.habilitation.GrantAfasRolesService;
import fr.portailpartenaires.application.habilitation.ManageAfasMembershipsService;
import fr.portailpartenaires.application.habilitation.ManageAfasUsersService;
import fr.portailpartenaires.application.habilitation.SearchAfasHabilitationsService;
import fr.portailpartenaires.application.habilitation.ValidateAfasApproversService;
import fr.portailpartenaires.application.partner.AdministerMyPartnerService;
import fr.portailpartenaires.application.partner.ManagePartnerUsersService;
import fr.portailpartenaires.application.partner.PartnerAdministration;
import fr.portailpartenaires.application.partner.PartnerPorts;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocumentsService;
import fr.portailpartenaires.application.habitat.HabitatPorts;
import fr.portailpartenaires.application.habitat.ManageHabitatOrdersService;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFilesService;
import fr.portailpartenaires.application.partner.ViewMyPartnerService;
import fr.portailpartenaires.application.reference.ReferenceDataService;
import fr.portailpartenaires.application.registration.RegisterPartnerService;
import fr.portailpartenaires.application.registration.ReviewRegistrationsService;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.mail.InMemoryOutbox;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.registration.ReviewRegistrations;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The application wired on in-memory ports, as an embedding service would wire it on the database: one fresh
 * portal per test.
 */
public final class PortalFixture {

    public static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    public static final String FROM = "192.0.2.10";

    public static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    public final MutableClock clock = new MutableClock(T0);
    public final PortalSettings settings = PortalSettings.PPAS;
    public final ScriptedCaptcha captcha = new ScriptedCaptcha();
    public final InMemoryReferenceData referenceData = new InMemoryReferenceData();
    public final InMemoryRegistrations registrations = new InMemoryRegistrations();
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemoryPartners partners = new InMemoryPartners(accounts);
    public final InMemoryConventions conventions = new InMemoryConventions();
    public final InMemoryConventionNumberUse numberUse = new InMemoryConventionNumberUse(registrations, conventions);
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final RecordingMailTemplates templates = new RecordingMailTemplates();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final DirectTransactions transactions = new DirectTransactions(accounts, partners);
    public final InMemoryLoginAttempts loginAttempts = new InMemoryLoginAttempts();
    public final InMemoryPasswordResets passwordResets = new InMemoryPasswordResets();
    /** The device cookies' key: the same bytes for every portal of the tests. */
    public final DeviceCookies deviceCookies = new DeviceCookies(purpose -> new byte[32]);
    public final LoginThrottling loginThrottling = new LoginThrottling(loginAttempts, deviceCookies);
    public final InMemorySessionStore sessionStore = new InMemorySessionStore();
    public final LoginSessions sessions = new LoginSessions(sessionStore, SessionPolicy.DEFAULT, new Random(11));
    public final InMemoryUsageRulesAcceptances acceptances = new InMemoryUsageRulesAcceptances();
    public final InMemoryContactMessages contactMessages = new InMemoryContactMessages();
    /** The support of the services that draw nothing at random. */
    public final UseCaseSupport support = seeded(5);

    public final InMemoryEmailChanges emailChanges = new InMemoryEmailChanges();
    public final CaissePorts caissePorts = new CaissePorts(referenceData, accounts, registrations, sessions, numberUse);
    public final RegistrationPorts registrationPorts = new RegistrationPorts(registrations, referenceData, numberUse,
            accounts, partners, conventions, settings);
    public final RegisterPartnerService registration = new RegisterPartnerService(support, registrationPorts, captcha,
            new RequestThrottling(loginAttempts, LoginAttempts.Scope.REGISTRATION_ADDRESS,
                    RequestThrottling.REGISTRATIONS_PER_ADDRESS));
    private final UseCaseSupport reviewSupport = seeded(7);
    public final ReviewRegistrationsService registrationReview = new ReviewRegistrationsService(reviewSupport,
            registrationPorts, temporaryPasswords(reviewSupport));
    public final AuthenticationService authentication = new AuthenticationService(support, accountPorts(settings),
            loginThrottling, referenceData);
    public final PasswordResetService passwordReset = new PasswordResetService(support, accountPorts(settings),
            captcha, temporaryPasswords(seeded(13)),
            new RequestThrottling(loginAttempts, LoginAttempts.Scope.PASSWORD_RESET_ADDRESS, RequestThrottling.PER_ADDRESS),
            new RequestThrottling(loginAttempts, LoginAttempts.Scope.PASSWORD_RESET_ACCOUNT, RequestThrottling.PER_ACCOUNT));
    public final ContactService contact = new ContactService(support, captcha, accounts, contactMessages,
            new RequestThrottling(loginAttempts, LoginAttempts.Scope.CONTACT_ADDRESS, RequestThrottling.PER_ADDRESS),
            settings);
    private int accountsCreated;

    public final PartnerPorts partnerPorts = partnerPorts(partners);
    public final ViewMyPartnerService myPartner = new ViewMyPartnerService(support, partnerPorts);
    public final ReferenceDataService browseReferenceData = new ReferenceDataService(referenceData);
    public final AdministerMyPartnerService partnerAdministration = new AdministerMyPartnerService(support,
            partnerPorts);
    private final UseCaseSupport partnerUsersSupport = seeded(13);
    public final ManagePartnerUsersService partnerUsers = new ManagePartnerUsersService(partnerUsersSupport,
            partnerPorts, temporaryPasswords(partnerUsersSupport));
    public final ConventionPorts conventionPorts = new ConventionPorts(partners, conventions, referenceData, numberUse,
            sessions);
    public final ManageConventionsService conventionService = new ManageConventionsService(support, conventionPorts);
    public final ReviewConventionRequestsService conventionReview = new ReviewConventionRequestsService(support,
            conventionPorts);
    public final InMemoryAfasConventions afasConventions = new InMemoryAfasConventions(accounts);
    public final EmailChangeService emailChange = new EmailChangeService(seeded(17), accountPorts(settings));
    public final ConventionSelectionService conventionSelection = new ConventionSelectionService(support,
            conventionPorts);
    public final InMemoryInvoices invoices = new InMemoryInvoices(conventions);
    public final InMemoryPayments payments = new InMemoryPayments();
    public final InMemoryTariffs tariffs = new InMemoryTariffs();
    public final InMemoryExchangeHistory exchangeHistory = new InMemoryExchangeHistory();
    public final BillingPorts billingPorts = new BillingPorts(invoices, payments, tariffs, conventions,
            new WorkingConvention(conventions, clock), exchangeHistory, BillingSettings.DEFAULT);
    public final OpenInvoiceLineService invoiceLines = new OpenInvoiceLineService(support, billingPorts);
    public final InvoicingJob invoicing = new InvoicingJob(support, billingPorts);
    public final ManageInvoicesService invoiceManagement = new ManageInvoicesService(support, billingPorts);
    public final PaymentSlipService paymentSlips = new PaymentSlipService(support, billingPorts);
    public final ExchangeHistoryService exchangeHistorySearch = new ExchangeHistoryService(support, exchangeHistory,
            conventions);
    public final ExchangeHistoryPurge exchangeHistoryPurge = new ExchangeHistoryPurge(support, exchangeHistory);

    public final InMemoryInterventionOrders interventionOrders = new InMemoryInterventionOrders();
    public final HabitatPorts habitatPorts = HabitatPorts.of(support, conventions, partners, interventionOrders,
            invoiceLines, exchangeHistory);
    public final ManageHabitatOrdersService habitatOrders = new ManageHabitatOrdersService(support, habitatPorts);
    public final WorkOnHabitatFilesService habitatFiles = new WorkOnHabitatFilesService(support, habitatPorts);
    public final DownloadHabitatDocumentsService habitatDocuments = new DownloadHabitatDocumentsService(support,
            habitatPorts);

    /** The support of a service that draws at random, on a generator of its own seeded with {@code seed}. */
    /** Stores a partner as the use cases do (ADR 26): the partner, then its users' accounts. */
    public void storePartner(fr.portailpartenaires.domain.partner.Partner partner) {
        partners.add(partner);
        partner.users().forEach(user -> accounts.openPartnerUser(partner.id(), user));
    }

    public UseCaseSupport seeded(long seed) {
        return new UseCaseSupport(VALIDATOR, transactions, audit, outbox, templates, new Random(seed), clock);
    }

    /** The temporary passwords of the portal, drawn with the support's randomness. */
    public TemporaryPasswords temporaryPasswords(UseCaseSupport passwordSupport) {
        return new TemporaryPasswords(passwordSupport, accounts, hasher, settings);
    }

    /** The partner feature's ports, on {@code partnerStore}. */
    public PartnerPorts partnerPorts(Partners partnerStore) {
        return new PartnerPorts(partnerStore, new InMemoryPartnerViews(partners, conventions), accounts, registrations,
                sessions, new PartnerAdministration(support, partnerStore));
    }

    /** The account feature's ports, on {@code settings}. */
    public AccountPorts accountPorts(PortalSettings portalSettings) {
        return new AccountPorts(accounts, hasher, sessions, passwordResets, acceptances, portalSettings, emailChanges);
    }



    /** The seed's form with a fresh captcha, ready to be changed and submitted. */
    public RegistrationFormBuilder seedForm() {
        return new RegistrationFormBuilder(captcha.issue());
    }

    public Outcome<RegisterPartner.Submitted> register(RegistrationFormBuilder form) {
        return registration.register(form.build(), FROM);
    }

    /** Registers the form, which must be accepted, and answers its id. */
    public RegistrationId registered(RegistrationFormBuilder form) {
        Outcome<RegisterPartner.Submitted> outcome = register(form);
        if (!(outcome instanceof Outcome.Done<RegisterPartner.Submitted> done)) {
            throw new AssertionError("Registration refused: " + outcome);
        }
        return done.value().id();
    }

    /** A caisse administrator's account (with a password) and the principal of one of their sessions. */
    public Principal caisseAdministrator(CaisseCode caisse, String login, String password) {
        UserId id = nextUserId();
        accounts.addCaisseAdministrator(new Accounts.CaisseAdministrator(id, caisse, Login.of(login),
                LastName.parse("Martin").orElseThrow(), FirstName.parse("Claire").orElseThrow(),
                EmailAddress.of(login.toLowerCase() + "@caisse.example")));
        accounts.setPassword(id, hasher.hash(password), Optional.empty(), false);
        return new Principal.CaisseAdministrator(id, caisse,
                new Principal.Session("session-" + id.value(), "csrf-" + id.value(), false, false));
    }

    /**
     * Ids of the accounts the fixture creates: sequential and lettered, so that no digit run of theirs looks like a
     * NIR to the audit trail (see {@code AuditEventIdentifiersTest}: a random UUID does one time in ~460).
     */
    public UserId nextUserId() {
        return new UserId(UUID.fromString(String.format("aaaaaaaa-aaaa-4aaa-aaaa-%012d", ++accountsCreated)));
    }

    /** The principal of a session of a partner user whose password is already chosen. */
    public static Principal partnerUser(PartnerId partner, UserId user) {
        return new Principal.PartnerUser(user, partner, Optional.empty(),
                new Principal.Session("session-" + user.value(), "csrf-" + user.value(), false, false));
    }

    public Principal carsatAdministrator() {
        return caisseAdministrator(InMemoryReferenceData.CARSAT_NORD_PICARDIE, "carsat62", "Carsat2025");
    }

    /** The seed partner once its caisse validated it, and the temporary password mailed to its administrator. */
    public record ValidatedPartner(PartnerId partner, UserId administrator, String temporaryPassword) {

        @Override
        public String toString() {
            return "ValidatedPartner[partner=" + partner + ", administrator=" + administrator + "]";
        }
    }

    /** Registers the seed form and has CARSAT Nord-Picardie validate it. */
    public ValidatedPartner validatedSeed() {
        RegistrationId id = registered(seedForm());
        Principal carsat = caisseAdministrator(InMemoryReferenceData.CARSAT_NORD_PICARDIE,
                "carsat" + (accountsCreated + 1), "Carsat2025");
        Outcome<ReviewRegistrations.Validated> outcome = registrationReview.validate(carsat, id, FROM);
        if (!(outcome instanceof Outcome.Done<ReviewRegistrations.Validated> done)) {
            throw new AssertionError("Validation refused: " + outcome);
        }
        String temporaryPassword = templates.rendered(MailParameters.ValidationPreinscription.class).getLast()
                .temporaryPassword();
        UserId administrator = accounts.findByLogin(done.value().administratorLogin().toLowerCase()).orElseThrow().id();
        return new ValidatedPartner(new PartnerId(done.value().partnerId()), administrator, temporaryPassword);
    }

    /** Every mail put in the outbox, oldest first. */
    public List<OutgoingMail> mails() {
        return outbox.due(Instant.MAX, 1000).stream().map(queued -> queued.mail()).toList();
    }

    /** The AFAS services draw their ids from one generator, as they did from one in production. */
    private final UseCaseSupport afasSupport = seeded(19);
    private final AfasAccounts afasAccounts = new AfasAccounts(afasSupport, accounts,
            new TemporaryPasswords(afasSupport, accounts, hasher, PortalSettings.PPAS));
    /** The AFAS feature's ports, on the AFAS services' support. */
    public final HabilitationPorts afasPorts = new HabilitationPorts(afasConventions, partners, referenceData,
            afasAccounts, sessions, new AfasConventionAccess(afasSupport, afasConventions, partners));
    public final AdministerAfasConventionsService afasAdministration = new AdministerAfasConventionsService(afasSupport,
            afasPorts);
    public final ValidateAfasApproversService afasApprovers = new ValidateAfasApproversService(afasSupport, afasPorts);
    public final ConsultAfasConventionsService afasConsultation = new ConsultAfasConventionsService(afasSupport,
            afasPorts);
    public final ManageAfasUsersService afasUsers = new ManageAfasUsersService(afasSupport, afasPorts);
    public final ManageAfasMembershipsService afasMemberships = new ManageAfasMembershipsService(afasSupport,
            afasPorts);
    public final GrantAfasRolesService afasGrants = new GrantAfasRolesService(afasSupport, afasPorts);
    public final SearchAfasHabilitationsService afasSearch = new SearchAfasHabilitationsService(afasSupport, afasPorts);

    /** The same principal in a session whose temporary password must be changed first. */
    public static Principal withPasswordToChange(Principal principal) {
        Principal.Session session = new Principal.Session(principal.sessionId(), principal.csrfToken(), true,
                principal.mustAcceptRules());
        return switch (principal) {
            case Principal.PartnerUser user -> new Principal.PartnerUser(user.user(), user.partnerId(), user.selection(),
                    session);
            case Principal.CaisseAdministrator administrator -> new Principal.CaisseAdministrator(administrator.user(),
                    administrator.caisseCode(), session);
            case Principal.CafAdministrator administrator -> new Principal.CafAdministrator(administrator.user(),
                    administrator.caf(), session);
            case Principal.Anonymous anonymous -> anonymous;
        };
    }
}
