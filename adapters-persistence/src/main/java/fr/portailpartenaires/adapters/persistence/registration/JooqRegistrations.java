package fr.portailpartenaires.adapters.persistence.registration;

import fr.portailpartenaires.adapters.persistence.UniqueViolation;
import fr.portailpartenaires.adapters.persistence.AddressColumns;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.JooqReferenceData;
import fr.portailpartenaires.adapters.persistence.Keyset;
import fr.portailpartenaires.adapters.persistence.Status;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAISSE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.REGISTRATION;

import fr.portailpartenaires.application.registration.RegistrationDetails;
import fr.portailpartenaires.application.registration.Registrations;
import fr.portailpartenaires.domain.convention.CguAcceptance;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.Motif;
import fr.portailpartenaires.domain.convention.Registration;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/**
 * {@link Registrations} on the {@code registration} table. While a request is pending its
 * {@code pending_key} is {@code caisse|code}, whose unique key refuses a second pending request for
 * the same caisse and convention code even under concurrency; a decision clears it.
 *
 * <p>The address's identité du destinataire is not stored: it is the partner's name, as the form
 * pre-fills it, and is given back that way.
 */
public final class JooqRegistrations implements Registrations {

    private static final String PENDING_KEY_CONSTRAINT = "registration_pending_uk";

    private final Database database;

    public JooqRegistrations(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public boolean addPending(Registration.EnAttenteDeValidation<RegistrationDetails> registration) {
        String pendingKey = registration.convention().caisse().code().value() + "|"
                + registration.convention().code().value();
        return UniqueViolation.unlessPending(database.current(), REGISTRATION.PENDING_KEY, pendingKey,
                PENDING_KEY_CONSTRAINT, nested -> insert(nested, registration, pendingKey));
    }

    @Override
    public Optional<Stored> find(RegistrationId id) {
        return selectRegistrations(database.current())
                .where(REGISTRATION.ID.eq(id.value()))
                .fetchOptional(row -> new Stored(registration(row), row.get(REGISTRATION.VERSION)));
    }

    @Override
    public List<Registration<RegistrationDetails>> pendingWithConventionCode(ConventionCode code) {
        return selectRegistrations(database.current())
                .where(pending().and(REGISTRATION.CONVENTION_CODE.eq(code.value())))
                .orderBy(REGISTRATION.SUBMITTED_AT, REGISTRATION.ID)
                .fetch(JooqRegistrations::registration);
    }

    @Override
    public boolean loginRequestedByAPendingRegistration(String loginKey) {
        return database.current().fetchExists(REGISTRATION, pending().and(REGISTRATION.ADMIN_LOGIN_KEY.eq(loginKey)));
    }

    /** An unknown {@code after} registration gives an empty page. */
    @Override
    public List<Registration.EnAttenteDeValidation<RegistrationDetails>> pendingOf(CaisseCode caisse,
            Optional<RegistrationId> after, int limit) {
        DSLContext dsl = database.current();
        return Keyset.page(dsl, selectRegistrations(dsl), REGISTRATION.SUBMITTED_AT, REGISTRATION.ID,
                pending().and(REGISTRATION.CAISSE_CODE.eq(caisse.value())), after.map(RegistrationId::value), limit,
                "registration", JooqRegistrations::pendingRegistration);
    }

    @Override
    public boolean decide(Registration<RegistrationDetails> decided, long expectedVersion, UserId decidedBy,
            Optional<PartnerId> partner) {
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(partner, "partner");
        Decision decision = switch (decided) {
            case Registration.EnAttenteDeValidation<RegistrationDetails> pending ->
                    throw new IllegalArgumentException("A decision validates or invalidates: " + pending.id());
            case Registration.Validee<RegistrationDetails> validee ->
                    new Decision(Status.VALIDEE, validee.validatedAt(), null, partner.orElse(null));
            case Registration.Invalidee<RegistrationDetails> invalidee -> {
                if (partner.isPresent()) {
                    throw new IllegalArgumentException("An invalidated registration creates no partner: " + invalidee.id());
                }
                yield new Decision(Status.INVALIDEE, invalidee.invalidatedAt(), invalidee.motif().value(), null);
            }
        };
        return database.current().update(REGISTRATION)
                .set(REGISTRATION.STATUS, decision.status().name())
                .set(REGISTRATION.PENDING_KEY, (String) null)
                .set(REGISTRATION.DECIDED_AT, Timestamps.column(decision.decidedAt()))
                .set(REGISTRATION.DECIDED_BY, decidedBy.value())
                .set(REGISTRATION.MOTIF, decision.motif())
                .set(REGISTRATION.PARTNER_ID, decision.partner() == null ? null : decision.partner().value())
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(REGISTRATION.ID.eq(decided.id().value()).and(REGISTRATION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static void insert(DSLContext dsl, Registration.EnAttenteDeValidation<RegistrationDetails> registration,
            String pendingKey) {
        RegistrationDetails form = registration.form();
        RegistrationDetails.FirstAdministrator admin = form.administrator();
        dsl.insertInto(REGISTRATION)
                .set(REGISTRATION.ID, registration.id().value())
                .set(REGISTRATION.STATUS, Status.EN_ATTENTE_DE_VALIDATION.name())
                .set(REGISTRATION.PENDING_KEY, pendingKey)
                .set(REGISTRATION.CAISSE_CODE, registration.convention().caisse().code().value())
                .set(REGISTRATION.CONVENTION_CODE, registration.convention().code().value())
                .set(REGISTRATION.PARTNER_TYPE, registration.convention().partnerType().code())
                .set(REGISTRATION.PARTNER_NAME, form.partnerName().value())
                .set(REGISTRATION.SIRET, form.siret().map(Siret::value).orElse(null))
                .set(REGISTRATION.PHONE, form.phone().value())
                .set(AddressColumns.OF_REGISTRATION.values(form.address()))
                .set(REGISTRATION.ADMIN_LAST_NAME, admin.lastName().value())
                .set(REGISTRATION.ADMIN_FIRST_NAME, admin.firstName().value())
                .set(REGISTRATION.ADMIN_LOGIN, admin.login().value())
                .set(REGISTRATION.ADMIN_LOGIN_KEY, admin.login().key())
                .set(REGISTRATION.ADMIN_EMAIL, admin.email().value())
                .set(REGISTRATION.ADMIN_PHONE, admin.phone().value())
                .set(REGISTRATION.CGU_VERSION, registration.cgu().version())
                .set(REGISTRATION.CGU_ACCEPTED_AT, Timestamps.column(registration.cgu().acceptedAt()))
                .set(REGISTRATION.SUBMITTED_AT, Timestamps.column(registration.submittedAt()))
                .set(REGISTRATION.VERSION, 0L)
                .execute();
    }

    private static Condition pending() {
        return REGISTRATION.STATUS.eq(Status.EN_ATTENTE_DE_VALIDATION.name());
    }

    private static SelectOnConditionStep<Record> selectRegistrations(DSLContext dsl) {
        return dsl.select(REGISTRATION.fields()).select(CAISSE.CODE, CAISSE.REGIME_CODE, CAISSE.LIBELLE)
                .from(REGISTRATION).join(CAISSE).on(CAISSE.CODE.eq(REGISTRATION.CAISSE_CODE));
    }

    private static Registration<RegistrationDetails> registration(Record row) {
        Registration.EnAttenteDeValidation<RegistrationDetails> submitted = pendingRegistration(row);
        Instant decidedAt = Timestamps.instant(row.get(REGISTRATION.DECIDED_AT));
        return switch (Status.valueOf(row.get(REGISTRATION.STATUS))) {
            case EN_ATTENTE_DE_VALIDATION -> submitted;
            case VALIDEE -> new Registration.Validee<>(submitted.id(), submitted.convention(), submitted.form(),
                    submitted.cgu(), submitted.submittedAt(), decidedAt);
            case INVALIDEE -> new Registration.Invalidee<>(submitted.id(), submitted.convention(), submitted.form(),
                    submitted.cgu(), submitted.submittedAt(), Motif.of(row.get(REGISTRATION.MOTIF)), decidedAt);
        };
    }

    /** The request as submitted, whatever its state since. */
    private static Registration.EnAttenteDeValidation<RegistrationDetails> pendingRegistration(Record row) {
        ConventionTerms terms = new ConventionTerms(JooqReferenceData.caisse(row),
                ConventionCode.of(row.get(REGISTRATION.CONVENTION_CODE)),
                PartnerType.fromCode(row.get(REGISTRATION.PARTNER_TYPE)).orElseThrow());
        String partnerName = row.get(REGISTRATION.PARTNER_NAME);
        RegistrationDetails form = new RegistrationDetails(PartnerName.of(partnerName),
                Optional.ofNullable(row.get(REGISTRATION.SIRET)).map(Siret::of),
                PhoneNumber.of(row.get(REGISTRATION.PHONE)),
                AddressColumns.OF_REGISTRATION.read(row, partnerName),
                new RegistrationDetails.FirstAdministrator(LastName.of(row.get(REGISTRATION.ADMIN_LAST_NAME)),
                        FirstName.of(row.get(REGISTRATION.ADMIN_FIRST_NAME)), Login.of(row.get(REGISTRATION.ADMIN_LOGIN)),
                        EmailAddress.of(row.get(REGISTRATION.ADMIN_EMAIL)), PhoneNumber.of(row.get(REGISTRATION.ADMIN_PHONE))));
        return new Registration.EnAttenteDeValidation<>(new RegistrationId(row.get(REGISTRATION.ID)), terms, form,
                new CguAcceptance(row.get(REGISTRATION.CGU_VERSION),
                        Timestamps.instant(row.get(REGISTRATION.CGU_ACCEPTED_AT))),
                Timestamps.instant(row.get(REGISTRATION.SUBMITTED_AT)));
    }

    /** The columns that depend on the decision. */
    private record Decision(Status status, Instant decidedAt, String motif, PartnerId partner) {
    }
}
