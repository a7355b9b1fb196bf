package fr.portailpartenaires.adapters.persistence.convention;

import fr.portailpartenaires.adapters.persistence.UniqueViolation;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.JooqReferenceData;
import fr.portailpartenaires.adapters.persistence.Keyset;
import fr.portailpartenaires.adapters.persistence.Status;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAISSE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION;

import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.Motif;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import java.time.Instant;
import java.time.LocalDate;
import fr.portailpartenaires.domain.convention.EtatConvention;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/**
 * {@link Conventions} on the {@code convention} table; the caisse of each convention is read from the
 * reference data ({@code caisse}). The status column holds the lifecycle state; a closure is not a
 * state but the {@code date_cloture} of a validated convention. While a request is pending its
 * {@code pending_key} is {@code partner|code}, whose unique key refuses a second pending request of the
 * same partner for the same code even under concurrency; any other state clears it.
 */
public final class JooqConventions implements Conventions {

    private static final String PENDING_KEY_CONSTRAINT = "convention_pending_uk";

    private final Database database;

    public JooqConventions(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public boolean add(Convention convention) {
        String pendingKey = pendingKey(convention);
        Decision decision = decision(convention);
        return UniqueViolation.unlessPending(database.current(), CONVENTION.PENDING_KEY, pendingKey,
                PENDING_KEY_CONSTRAINT, nested -> nested.insertInto(CONVENTION)
                .set(CONVENTION.ID, convention.id().value())
                .set(CONVENTION.PARTNER_ID, convention.partnerId())
                .set(CONVENTION.CAISSE_CODE, convention.caisse().code().value())
                .set(CONVENTION.CODE, convention.code().value())
                .set(CONVENTION.PARTNER_TYPE, convention.partnerType().code())
                .set(CONVENTION.STATUS, decision.status().name())
                .set(CONVENTION.PENDING_KEY, pendingKey)
                .set(CONVENTION.REQUESTED_AT, Timestamps.column(convention.requestedAt()))
                .set(CONVENTION.DECIDED_AT, Timestamps.column(decision.decidedAt()))
                .set(CONVENTION.MOTIF, decision.motif())
                .set(CONVENTION.DATE_CLOTURE, decision.dateDeCloture())
                .set(CONVENTION.VERSION, 0L)
                .execute());
    }

    @Override
    public PartnerConventions of(PartnerId partner) {
        var conventions = select(database.current())
                .where(CONVENTION.PARTNER_ID.eq(partner.value()))
                .orderBy(CONVENTION.REQUESTED_AT, CONVENTION.ID)
                .fetch(JooqConventions::convention);
        return PartnerConventions.of(partner.value(), conventions);
    }

    @Override
    public Optional<Stored> find(ConventionId id) {
        return select(database.current())
                .where(CONVENTION.ID.eq(id.value()))
                .fetchOptional(row -> new Stored(convention(row), row.get(CONVENTION.VERSION)));
    }

    /** The partner, the caisse and the request time never change; everything else is the state's. */
    @Override
    public boolean update(Convention convention, long expectedVersion) {
        Decision decision = decision(convention);
        return database.current().update(CONVENTION)
                .set(CONVENTION.CODE, convention.code().value())
                .set(CONVENTION.PARTNER_TYPE, convention.partnerType().code())
                .set(CONVENTION.STATUS, decision.status().name())
                .set(CONVENTION.PENDING_KEY, pendingKey(convention))
                .set(CONVENTION.DECIDED_AT, Timestamps.column(decision.decidedAt()))
                .set(CONVENTION.MOTIF, decision.motif())
                .set(CONVENTION.DATE_CLOTURE, decision.dateDeCloture())
                .set(CONVENTION.VERSION, CONVENTION.VERSION.plus(1))
                .where(CONVENTION.ID.eq(convention.id().value())
                        .and(CONVENTION.PARTNER_ID.eq(convention.partnerId()))
                        .and(CONVENTION.CAISSE_CODE.eq(convention.caisse().code().value()))
                        .and(CONVENTION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    @Override
    public List<Convention.EnAttenteDeValidation> pendingOf(CaisseCode caisse, Optional<ConventionId> after,
            int limit) {
        DSLContext dsl = database.current();
        return Keyset.page(dsl, select(dsl), CONVENTION.REQUESTED_AT, CONVENTION.ID,
                CONVENTION.STATUS.eq(Status.EN_ATTENTE_DE_VALIDATION.name())
                        .and(CONVENTION.CAISSE_CODE.eq(caisse.value())),
                after.map(ConventionId::value), limit, "convention",
                row -> (Convention.EnAttenteDeValidation) convention(row));
    }

    @Override
    public List<Convention> ofCaisse(CaisseCode caisse, Optional<PartnerType> type, Optional<EtatConvention> etat,
            LocalDate today, Optional<ConventionId> after, int limit) {
        DSLContext dsl = database.current();
        Condition condition = CONVENTION.CAISSE_CODE.eq(caisse.value())
                .and(type.map(t -> CONVENTION.PARTNER_TYPE.eq(t.code())).orElse(DSL.noCondition()))
                .and(etat.map(e -> etat(e, today)).orElse(DSL.noCondition()));
        return Keyset.page(dsl, select(dsl), CONVENTION.REQUESTED_AT, CONVENTION.ID, condition,
                after.map(ConventionId::value), limit, "convention", JooqConventions::convention);
    }

    /** The état on that day, as the domain's {@code EtatConvention.ofValidated} decides it, in SQL. */
    private static Condition etat(EtatConvention etat, LocalDate today) {
        return switch (etat) {
            case EN_ATTENTE_DE_VALIDATION -> CONVENTION.STATUS.eq(Status.EN_ATTENTE_DE_VALIDATION.name());
            case INVALIDEE -> CONVENTION.STATUS.eq(Status.INVALIDEE.name());
            case VALIDEE -> CONVENTION.STATUS.eq(Status.VALIDEE.name())
                    .and(CONVENTION.DATE_CLOTURE.isNull().or(CONVENTION.DATE_CLOTURE.gt(today)));
            case CLOTUREE -> CONVENTION.STATUS.eq(Status.VALIDEE.name()).and(CONVENTION.DATE_CLOTURE.le(today));
        };
    }

    private static SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(CONVENTION.fields()).select(CAISSE.CODE, CAISSE.REGIME_CODE, CAISSE.LIBELLE)
                .from(CONVENTION).join(CAISSE).on(CAISSE.CODE.eq(CONVENTION.CAISSE_CODE));
    }

    private static Decision decision(Convention convention) {
        return switch (convention) {
            case Convention.EnAttenteDeValidation pending ->
                    new Decision(Status.EN_ATTENTE_DE_VALIDATION, null, null, null);
            case Convention.Validee validee -> new Decision(Status.VALIDEE, validee.validatedAt(), null,
                    validee.dateDeCloture().orElse(null));
            case Convention.Invalidee invalidee -> new Decision(Status.INVALIDEE,
                    invalidee.invalidatedAt(), invalidee.motif().value(), null);
        };
    }

    /** {@code partner|code} while the request is pending, else null (the unique key ignores nulls). */
    private static String pendingKey(Convention convention) {
        return convention instanceof Convention.EnAttenteDeValidation
                ? convention.partnerId() + "|" + convention.code().value()
                : null;
    }

    /**
     * A convention from a row holding the {@code convention} table's columns and its caisse's code, régime and
     * libellé (as {@link #select} reads them; another feature's read model may join them to its own row).
     */
    public static Convention convention(Record row) {
        ConventionId id = new ConventionId(row.get(CONVENTION.ID));
        UUID partnerId = row.get(CONVENTION.PARTNER_ID);
        ConventionTerms terms = new ConventionTerms(JooqReferenceData.caisse(row),
                ConventionCode.of(row.get(CONVENTION.CODE)), PartnerType.fromCode(row.get(CONVENTION.PARTNER_TYPE)).orElseThrow());
        Instant requestedAt = Timestamps.instant(row.get(CONVENTION.REQUESTED_AT));
        Instant decidedAt = Timestamps.instant(row.get(CONVENTION.DECIDED_AT));
        return switch (Status.valueOf(row.get(CONVENTION.STATUS))) {
            case EN_ATTENTE_DE_VALIDATION -> new Convention.EnAttenteDeValidation(id, partnerId, terms, requestedAt);
            case VALIDEE -> new Convention.Validee(id, partnerId, terms, requestedAt, decidedAt,
                    Optional.ofNullable(row.get(CONVENTION.DATE_CLOTURE)));
            case INVALIDEE -> new Convention.Invalidee(id, partnerId, terms, requestedAt,
                    Motif.of(row.get(CONVENTION.MOTIF)), decidedAt);
        };
    }

    /** The columns that depend on the state. */
    private record Decision(Status status, Instant decidedAt, String motif, LocalDate dateDeCloture) {
    }
}
