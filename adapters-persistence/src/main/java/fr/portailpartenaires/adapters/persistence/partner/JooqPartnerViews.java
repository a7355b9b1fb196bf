package fr.portailpartenaires.adapters.persistence.partner;

import fr.portailpartenaires.adapters.persistence.AddressColumns;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.RenderedQuery;
import fr.portailpartenaires.adapters.persistence.Status;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAISSE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER;

import fr.portailpartenaires.application.partner.ViewMyPartner.ConventionView;
import fr.portailpartenaires.application.partner.ViewMyPartner.PartnerView;
import fr.portailpartenaires.application.partner.PartnerViews;
import fr.portailpartenaires.adapters.persistence.convention.JooqConventions;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.EtatConvention;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * {@link PartnerViews} with jOOQ: the partner's page in two statements on indexed columns (the partner row with the
 * viewer's administrator flag, then its conventions with their caisse), the layout's header in one (the same joined),
 * rendered once
 * ({@link RenderedQuery}) and mapped straight to the view (ADR 0012). The display rules stay the domain's: the AFNOR address lines, the phone layout,
 * the labels and the état of a convention.
 */
public final class JooqPartnerViews implements PartnerViews {

    private final Database database;
    private final RenderedQuery partnerWithViewer;
    private final RenderedQuery conventionsOfPartner;
    private final RenderedQuery headerWithViewer;

    public JooqPartnerViews(Database database) {
        this.database = database;
        DSLContext dsl = database.dsl();
        this.partnerWithViewer = RenderedQuery.of(database, dsl.select(PARTNER.fields()).select(ACCOUNT.ADMINISTRATOR)
                .from(PARTNER)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(DSL.param("viewer", UUID.class))
                        .and(ACCOUNT.PARTNER_ID.eq(PARTNER.ID)))
                .where(PARTNER.ID.eq(DSL.param("partner", UUID.class))));
        this.conventionsOfPartner = RenderedQuery.of(database, dsl
                .select(CONVENTION.ID, CONVENTION.CODE, CONVENTION.PARTNER_TYPE, CONVENTION.STATUS,
                        CONVENTION.DATE_CLOTURE, CAISSE.REGIME_CODE, CAISSE.LIBELLE)
                .from(CONVENTION).join(CAISSE).on(CAISSE.CODE.eq(CONVENTION.CAISSE_CODE))
                .where(CONVENTION.PARTNER_ID.eq(DSL.param("partner", UUID.class)))
                .orderBy(CONVENTION.REQUESTED_AT, CONVENTION.ID));
        this.headerWithViewer = RenderedQuery.of(database, dsl.select(PARTNER.NAME, ACCOUNT.ADMINISTRATOR)
                .select(CONVENTION.fields()).select(CAISSE.CODE, CAISSE.REGIME_CODE, CAISSE.LIBELLE)
                .from(PARTNER)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(DSL.param("viewer", UUID.class))
                        .and(ACCOUNT.PARTNER_ID.eq(PARTNER.ID)))
                .leftJoin(CONVENTION).on(CONVENTION.PARTNER_ID.eq(PARTNER.ID))
                .leftJoin(CAISSE).on(CAISSE.CODE.eq(CONVENTION.CAISSE_CODE))
                .where(PARTNER.ID.eq(DSL.param("partner", UUID.class)))
                .orderBy(CONVENTION.REQUESTED_AT, CONVENTION.ID));
    }

    @Override
    public Optional<Header> partnerHeader(PartnerId partner, UserId viewer) {
        Result<Record> rows = headerWithViewer.fetch(database.current(), viewer.value(), partner.value());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // one row per convention, the partner's columns repeated; one row of null conventions when it has none
        List<Convention> conventions = rows.stream().filter(row -> row.get(CONVENTION.ID) != null)
                .map(JooqConventions::convention).toList();
        Record first = rows.getFirst();
        return Optional.of(new Header(first.get(PARTNER.NAME), Boolean.TRUE.equals(first.get(ACCOUNT.ADMINISTRATOR)),
                PartnerConventions.of(partner.value(), conventions)));
    }

    @Override
    public Optional<PartnerView> partnerView(PartnerId partner, UserId viewer, LocalDate today) {
        DSLContext dsl = database.current();
        Record row = partnerWithViewer.fetchOptional(dsl, viewer.value(), partner.value()).orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        List<ConventionView> conventions = conventionsOfPartner.fetch(dsl, partner.value())
                .map(convention -> new ConventionView(convention.get(CONVENTION.ID), convention.get(CAISSE.REGIME_CODE),
                        convention.get(CAISSE.LIBELLE), convention.get(CONVENTION.CODE),
                        PartnerType.fromCode(convention.get(CONVENTION.PARTNER_TYPE)).orElseThrow().label(),
                        etat(convention, today).label()));
        String name = row.get(PARTNER.NAME);
        return Optional.of(new PartnerView(row.get(PARTNER.ID), name, row.get(PARTNER.SIRET),
                PhoneNumber.of(row.get(PARTNER.PHONE)).display(), row.get(PARTNER.EMAIL),
                AddressColumns.OF_PARTNER.read(row, name).lines(), conventions,
                Boolean.TRUE.equals(row.get(ACCOUNT.ADMINISTRATOR))));
    }

    private static EtatConvention etat(Record convention, LocalDate today) {
        return switch (Status.valueOf(convention.get(CONVENTION.STATUS))) {
            case EN_ATTENTE_DE_VALIDATION -> EtatConvention.EN_ATTENTE_DE_VALIDATION;
            case VALIDEE -> EtatConvention.ofValidated(Optional.ofNullable(convention.get(CONVENTION.DATE_CLOTURE)), today);
            case INVALIDEE -> EtatConvention.INVALIDEE;
        };
    }
}
