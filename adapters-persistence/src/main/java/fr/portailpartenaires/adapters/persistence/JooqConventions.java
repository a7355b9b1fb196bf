package fr.portailpartenaires.adapters.persistence;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAISSE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION;

import fr.portailpartenaires.application.port.out.Conventions;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.Motif;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.PartnerType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;

/**
 * {@link Conventions} on the {@code convention} table; the caisse of each convention is read from the
 * reference data ({@code caisse}). The status column holds the lifecycle state; a closure is not a
 * state but the {@code date_cloture} of a validated convention.
 */
public final class JooqConventions implements Conventions {

    private final Database database;

    public JooqConventions(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void add(Convention convention) {
        Decision decision = switch (convention) {
            case Convention.EnAttenteDeValidation pending ->
                    new Decision(Status.EN_ATTENTE_DE_VALIDATION, null, null, null);
            case Convention.Validee validee -> new Decision(Status.VALIDEE, validee.validatedAt(), null,
                    validee.dateDeCloture().orElse(null));
            case Convention.Invalidee invalidee -> new Decision(Status.INVALIDEE,
                    invalidee.invalidatedAt(), invalidee.motif().value(), null);
        };
        database.current().insertInto(CONVENTION)
                .set(CONVENTION.ID, convention.id().value())
                .set(CONVENTION.PARTNER_ID, convention.partnerId())
                .set(CONVENTION.CAISSE_CODE, convention.caisse().code().value())
                .set(CONVENTION.CODE, convention.code().value())
                .set(CONVENTION.PARTNER_TYPE, convention.partnerType().code())
                .set(CONVENTION.STATUS, decision.status().name())
                .set(CONVENTION.REQUESTED_AT, Timestamps.column(convention.requestedAt()))
                .set(CONVENTION.DECIDED_AT, Timestamps.column(decision.decidedAt()))
                .set(CONVENTION.MOTIF, decision.motif())
                .set(CONVENTION.DATE_CLOTURE, decision.dateDeCloture())
                .set(CONVENTION.VERSION, 0L)
                .execute();
    }

    @Override
    public PartnerConventions of(PartnerId partner) {
        var conventions = database.current()
                .select(CONVENTION.fields()).select(CAISSE.CODE, CAISSE.REGIME_CODE, CAISSE.LIBELLE)
                .from(CONVENTION).join(CAISSE).on(CAISSE.CODE.eq(CONVENTION.CAISSE_CODE))
                .where(CONVENTION.PARTNER_ID.eq(partner.value()))
                .orderBy(CONVENTION.REQUESTED_AT, CONVENTION.ID)
                .fetch(JooqConventions::convention);
        return PartnerConventions.of(partner.value(), conventions);
    }

    private static Convention convention(Record row) {
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
