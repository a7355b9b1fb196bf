package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.mail.FrenchMailTemplates;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.JooqAuditLog;
import fr.portailpartenaires.adapters.persistence.JooqReferenceData;
import fr.portailpartenaires.adapters.persistence.JooqTransactions;
import fr.portailpartenaires.adapters.persistence.account.Argon2idPasswordHasher;
import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.adapters.persistence.account.JooqSessionStore;
import fr.portailpartenaires.adapters.persistence.convention.JooqConventionNumberUse;
import fr.portailpartenaires.adapters.persistence.convention.JooqConventions;
import fr.portailpartenaires.adapters.persistence.mail.JooqOutbox;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.ConventionNumberUse;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.MailTemplates;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.PasswordHasher;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.application.shared.TemporaryPasswords;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every feature is built from: the database and its transactions, the clock and randomness, the
 * outbox and its templates, the audit trail, the password hasher, the settings of the portal's profile,
 * and the stores several features read (accounts, partners, conventions, reference data, sessions).
 */
record Infrastructure(Database database, Clock clock, RandomGenerator random, Validator validator,
        Transactions transactions, Outbox outbox, MailTemplates templates, AuditLog auditLog, PasswordHasher hasher,
        Accounts accounts, Partners partners, Conventions conventions, ReferenceData referenceData,
        LoginSessions sessions, PortalSettings settings) {

    private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);

    static Infrastructure of(Portal.Builder builder, Database database, Validator validator) {
        Clock clock = builder.clock;
        var argon2 = new Argon2idPasswordHasher(builder.argon2);
        LOG.info("Passwords: Argon2id {} with {}", builder.argon2, argon2.implementation());
        return new Infrastructure(database, clock, builder.random, validator, new JooqTransactions(database),
                new JooqOutbox(database, builder.portalUrl.getHost()), new FrenchMailTemplates(builder.portalUrl, builder.mailSignature), new JooqAuditLog(database),
                builder.hasherDecorator.apply(argon2), new JooqAccounts(database, clock),
                new JooqPartners(database, clock), new JooqConventions(database), new JooqReferenceData(database, clock),
                new LoginSessions(new JooqSessionStore(database), builder.sessionPolicy, builder.random),
                builder.settings);
    }

    /** What every use case is built on: the validator, transactions, audit, outbox, randomness and clock. */
    UseCaseSupport support() {
        return new UseCaseSupport(validator, transactions, auditLog, outbox, templates, random, clock);
    }

    /** The temporary passwords the portal issues (a registration validated, a user created, a password forgotten). */
    TemporaryPasswords temporaryPasswords() {
        return new TemporaryPasswords(support(), accounts, hasher, settings);
    }

    /** Whether a signed convention number is held (spec §3.4), read in the caller's transaction. */
    ConventionNumberUse conventionNumberUse() {
        return new JooqConventionNumberUse(database);
    }
}
