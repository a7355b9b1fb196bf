package fr.portailpartenaires.application.service;

import fr.portailpartenaires.application.mail.InMemoryOutbox;
import fr.portailpartenaires.application.mail.MailParameters;
import fr.portailpartenaires.application.mail.MutableClock;
import fr.portailpartenaires.application.port.in.Outcome;
import fr.portailpartenaires.application.port.in.Principal;
import fr.portailpartenaires.application.port.in.RegisterPartner;
import fr.portailpartenaires.application.port.in.ReviewRegistrations;
import fr.portailpartenaires.application.port.out.Accounts;
import fr.portailpartenaires.application.port.out.LoginAttempts;
import fr.portailpartenaires.application.port.out.OutgoingMail;
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
final class PortalFixture {

    static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    static final String FROM = "192.0.2.10";

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    final MutableClock clock = new MutableClock(T0);
    final PortalSettings settings = PortalSettings.PPAS;
    final ScriptedCaptcha captcha = new ScriptedCaptcha();
    final InMemoryReferenceData referenceData = new InMemoryReferenceData();
    final InMemoryRegistrations registrations = new InMemoryRegistrations();
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final InMemoryPartners partners = new InMemoryPartners(accounts);
    final InMemoryConventions conventions = new InMemoryConventions();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final RecordingMailTemplates templates = new RecordingMailTemplates();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final DirectTransactions transactions = new DirectTransactions();
    final InMemoryLoginAttempts loginAttempts = new InMemoryLoginAttempts();
    final InMemorySessionStore sessionStore = new InMemorySessionStore();
    final SessionService sessions = new SessionService(sessionStore, SessionPolicy.DEFAULT, new Random(11));
    final InMemoryUsageRulesAcceptances acceptances = new InMemoryUsageRulesAcceptances();
    final InMemoryContactMessages contactMessages = new InMemoryContactMessages();

    final RegistrationService registration = new RegistrationService(VALIDATOR, captcha, referenceData, registrations,
            partners, conventions, accounts, hasher, outbox, templates, audit, transactions, settings, new Random(7),
            clock);
    final AuthenticationService authentication = new AuthenticationService(accounts, hasher,
            new LoginThrottling(loginAttempts), sessions, outbox, templates, audit, transactions, settings, acceptances,
            clock);
    final PasswordResetService passwordReset = new PasswordResetService(VALIDATOR, captcha, accounts, hasher, sessions,
            new RequestThrottling(loginAttempts, LoginAttempts.Scope.PASSWORD_RESET_ADDRESS, RequestThrottling.PER_ADDRESS),
            new RequestThrottling(loginAttempts, LoginAttempts.Scope.PASSWORD_RESET_ACCOUNT, RequestThrottling.PER_ACCOUNT),
            outbox, templates, audit, transactions, settings, new Random(13), clock);
    final ContactService contact = new ContactService(VALIDATOR, captcha, accounts, contactMessages,
            new RequestThrottling(loginAttempts, LoginAttempts.Scope.CONTACT_ADDRESS, RequestThrottling.PER_ADDRESS),
            outbox, templates, audit, transactions, settings, clock);
    private int accountsCreated;

    final PartnerQueries partnerQueries = new PartnerQueries(new InMemoryPartnerViews(partners, conventions),
            referenceData, clock);
    final PartnerAdministrationService administration = new PartnerAdministrationService(VALIDATOR, partners,
            accounts, registrations, hasher, sessions, outbox, templates, audit, transactions, settings, new Random(13),
            clock);
    final ConventionService conventionService = new ConventionService(VALIDATOR, referenceData, partners, conventions,
            outbox, templates, audit, transactions, clock);
    final InMemoryEmailChanges emailChanges = new InMemoryEmailChanges();
    final InMemoryAfasConventions afasConventions = new InMemoryAfasConventions(accounts);
    final EmailChangeService emailChange = new EmailChangeService(VALIDATOR, accounts, afasConventions, emailChanges,
            hasher, outbox, templates, audit, transactions, new Random(17), clock);
    final ConventionSelectionService conventionSelection = new ConventionSelectionService(conventions, sessions,
            transactions, clock);
    final InMemoryInvoices invoices = new InMemoryInvoices(conventions);
    final InMemoryPayments payments = new InMemoryPayments();
    final InMemoryTariffs tariffs = new InMemoryTariffs();
    final InMemoryExchangeHistory exchangeHistory = new InMemoryExchangeHistory();
    final InvoicingService invoicing = new InvoicingService(VALIDATOR, invoices, payments, tariffs, conventions, audit,
            transactions, BillingSettings.DEFAULT, clock);
    final PaymentSlipService paymentSlips = new PaymentSlipService(new WorkingConvention(conventions, clock), payments,
            invoices, exchangeHistory, audit, transactions, clock);
    final ExchangeHistoryService exchangeHistorySearch = new ExchangeHistoryService(exchangeHistory, conventions,
            transactions, clock);

    final InMemoryInterventionOrders interventionOrders = new InMemoryInterventionOrders();
    final HabitatService habitat = new HabitatService(VALIDATOR, conventions, partners, interventionOrders, invoicing,
            exchangeHistory, audit, transactions, clock);

    /** The seed's form with a fresh captcha, ready to be changed and submitted. */
    RegistrationFormBuilder seedForm() {
        return new RegistrationFormBuilder(captcha.issue());
    }

    Outcome<RegisterPartner.Submitted> register(RegistrationFormBuilder form) {
        return registration.register(form.build(), FROM);
    }

    /** Registers the form, which must be accepted, and answers its id. */
    RegistrationId registered(RegistrationFormBuilder form) {
        Outcome<RegisterPartner.Submitted> outcome = register(form);
        if (!(outcome instanceof Outcome.Done<RegisterPartner.Submitted> done)) {
            throw new AssertionError("Registration refused: " + outcome);
        }
        return done.value().id();
    }

    /** A caisse administrator's account (with a password) and the principal of one of their sessions. */
    Principal caisseAdministrator(CaisseCode caisse, String login, String password) {
        UserId id = nextUserId();
        accounts.addCaisseAdministrator(new Accounts.CaisseAdministrator(id, caisse, Login.of(login),
                LastName.parse("Martin").orElseThrow(), FirstName.parse("Claire").orElseThrow(),
                EmailAddress.of(login.toLowerCase() + "@caisse.example")));
        accounts.setPassword(id, hasher.hash(password), Optional.empty(), false);
        return new Principal(id, Principal.Kind.CAISSE_ADMIN, Optional.empty(), Optional.of(caisse), false,
                "session-" + id.value(), "csrf-" + id.value());
    }

    /**
     * Ids of the accounts the fixture creates: sequential and lettered, so that no digit run of theirs looks like a
     * NIR to the audit trail (see {@code AuditEventIdentifiersTest}: a random UUID does one time in ~460).
     */
    UserId nextUserId() {
        return new UserId(UUID.fromString(String.format("aaaaaaaa-aaaa-4aaa-aaaa-%012d", ++accountsCreated)));
    }

    /** The principal of a session of a partner user whose password is already chosen. */
    static Principal partnerUser(PartnerId partner, UserId user) {
        return new Principal(user, Principal.Kind.PARTNER_USER, Optional.of(partner), Optional.empty(), false,
                "session-" + user.value(), "csrf-" + user.value());
    }

    Principal carsatAdministrator() {
        return caisseAdministrator(InMemoryReferenceData.CARSAT_NORD_PICARDIE, "carsat62", "Carsat2025");
    }

    /** The seed partner once its caisse validated it, and the temporary password mailed to its administrator. */
    record ValidatedPartner(PartnerId partner, UserId administrator, String temporaryPassword) {

        @Override
        public String toString() {
            return "ValidatedPartner[partner=" + partner + ", administrator=" + administrator + "]";
        }
    }

    /** Registers the seed form and has CARSAT Nord-Picardie validate it. */
    ValidatedPartner validatedSeed() {
        RegistrationId id = registered(seedForm());
        Principal carsat = caisseAdministrator(InMemoryReferenceData.CARSAT_NORD_PICARDIE,
                "carsat" + (accountsCreated + 1), "Carsat2025");
        Outcome<ReviewRegistrations.Validated> outcome = registration.validate(carsat, id, FROM);
        if (!(outcome instanceof Outcome.Done<ReviewRegistrations.Validated> done)) {
            throw new AssertionError("Validation refused: " + outcome);
        }
        String temporaryPassword = templates.rendered(MailParameters.ValidationPreinscription.class).getLast()
                .temporaryPassword();
        UserId administrator = accounts.findByLogin(done.value().administratorLogin().toLowerCase()).orElseThrow().id();
        return new ValidatedPartner(new PartnerId(done.value().partnerId()), administrator, temporaryPassword);
    }

    /** Every mail put in the outbox, oldest first. */
    List<OutgoingMail> mails() {
        return outbox.due(Instant.MAX, 1000).stream().map(queued -> queued.mail()).toList();
    }

    final AfasService afas = new AfasService(VALIDATOR, afasConventions, partners, accounts, referenceData, hasher,
            outbox, templates, audit, transactions, PortalSettings.PPAS, new Random(19), clock, sessions);
}
