package fr.portailpartenaires.adapters.persistence.habitat;

import fr.portailpartenaires.adapters.persistence.AddressColumns;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Keyset;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.HABITAT_DECISION;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.HABITAT_ORDER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.HABITAT_VISIT_CERTIFICATE;

import fr.portailpartenaires.application.habitat.InterventionOrders;
import fr.portailpartenaires.domain.habitat.DecisionNotification;
import fr.portailpartenaires.domain.habitat.Gir;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.habitat.PaymentTerms;
import fr.portailpartenaires.domain.habitat.Ressources;
import fr.portailpartenaires.domain.habitat.SansSuiteMotif;
import fr.portailpartenaires.domain.habitat.VisitCertificate;
import fr.portailpartenaires.domain.habitat.VisitContent;
import fr.portailpartenaires.domain.habitat.VisitDate;
import fr.portailpartenaires.domain.habitat.WorkType;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;

/**
 * {@link InterventionOrders} on {@code habitat_order}, {@code habitat_visit_certificate} and
 * {@code habitat_decision} (see V11 for the list's state columns and indexes). A list is one keyset query: the
 * convention, the filter's equality column, the sort key and the order id, in the order of one of the indexes.
 */
public final class JooqInterventionOrders implements InterventionOrders {

    private static final String WORKS_SEPARATOR = ",";

    private final Database database;

    public JooqInterventionOrders(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void add(InterventionOrder order) {
        var retiree = order.retiree();
        var evaluation = order.evaluation();
        InterventionFile file = order.newFile();
        database.current().insertInto(HABITAT_ORDER)
                .set(HABITAT_ORDER.ID, order.id())
                .set(HABITAT_ORDER.CONVENTION_ID, order.conventionId())
                .set(HABITAT_ORDER.NIR, retiree.nir().value())
                .set(HABITAT_ORDER.LAST_NAME, retiree.nom().value())
                .set(HABITAT_ORDER.FIRST_NAME, retiree.prenom().value())
                .set(AddressColumns.OF_HABITAT_ORDER.values(retiree.address()))
                .set(HABITAT_ORDER.PHONE, retiree.phone().value())
                .set(HABITAT_ORDER.RESSOURCES, retiree.ressources().name())
                .set(HABITAT_ORDER.ORDER_DATE, order.dateDeCommande())
                .set(HABITAT_ORDER.PROVIDER_NAME, order.provider().name().value())
                .set(HABITAT_ORDER.PROVIDER_COORDINATES, order.provider().coordinates().value())
                .set(HABITAT_ORDER.EVA_DATE, evaluation.evaluatedOn())
                .set(HABITAT_ORDER.EVA_GIR, evaluation.gir().value())
                .set(HABITAT_ORDER.EVA_HOUSING, evaluation.housing().value())
                .set(HABITAT_ORDER.CERTIFICATE_STATE, state(file.certificate()))
                .set(HABITAT_ORDER.TO_VISIT, file.isVisiteAFaire())
                .set(HABITAT_ORDER.SENT, isSent(file.certificate()))
                .set(HABITAT_ORDER.CLOSED, file.isClos())
                .set(HABITAT_ORDER.CREATED_AT, Timestamps.column(order.createdAt()))
                .set(HABITAT_ORDER.VERSION, 0L)
                .execute();
    }

    @Override
    public Optional<Stored> find(UUID orderId) {
        return select(database.current()).where(HABITAT_ORDER.ID.eq(orderId)).fetchOptional(JooqInterventionOrders::stored);
    }

    /** The order's list state, its certificate and its decision are rewritten together, under the version. */
    @Override
    public boolean update(InterventionFile file, long expectedVersion) {
        DSLContext dsl = database.current();
        int updated = dsl.update(HABITAT_ORDER)
                .set(HABITAT_ORDER.CERTIFICATE_STATE, state(file.certificate()))
                .set(HABITAT_ORDER.TO_VISIT, file.isVisiteAFaire())
                .set(HABITAT_ORDER.SENT, isSent(file.certificate()))
                .set(HABITAT_ORDER.CLOSED, file.isClos())
                .set(HABITAT_ORDER.VERSION, HABITAT_ORDER.VERSION.plus(1))
                .where(HABITAT_ORDER.ID.eq(file.orderId())
                        .and(HABITAT_ORDER.CONVENTION_ID.eq(file.conventionId()))
                        .and(HABITAT_ORDER.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            return false;
        }
        dsl.deleteFrom(HABITAT_DECISION).where(HABITAT_DECISION.ORDER_ID.eq(file.orderId())).execute();
        dsl.deleteFrom(HABITAT_VISIT_CERTIFICATE).where(HABITAT_VISIT_CERTIFICATE.ORDER_ID.eq(file.orderId())).execute();
        insertCertificate(dsl, file.orderId(), file.certificate());
        file.decision().ifPresent(decision -> dsl.insertInto(HABITAT_DECISION)
                .set(HABITAT_DECISION.ORDER_ID, file.orderId())
                .set(HABITAT_DECISION.WORK_TYPE, decision.financedWorkType().name())
                .set(HABITAT_DECISION.CEILING_CENTS, decision.fundingCeiling().cents())
                .set(HABITAT_DECISION.EFFECTIVE_DATE, decision.effectiveDate())
                .set(HABITAT_DECISION.DURATION_MONTHS, decision.durationMonths())
                .set(HABITAT_DECISION.PAYMENT_TERMS, decision.paymentTerms().name())
                .execute());
        return true;
    }

    private static void insertCertificate(DSLContext dsl, UUID orderId, VisitCertificate certificate) {
        var insert = dsl.insertInto(HABITAT_VISIT_CERTIFICATE).set(HABITAT_VISIT_CERTIFICATE.ORDER_ID, orderId)
                .set(HABITAT_VISIT_CERTIFICATE.STATE, state(certificate));
        switch (certificate) {
            case VisitCertificate.Aucune ignored -> {
                return;
            }
            case VisitCertificate.Brouillon draft -> insert
                    .set(HABITAT_VISIT_CERTIFICATE.VISIT_DATE, draft.visitDate().map(VisitDate::value).orElse(null))
                    .set(HABITAT_VISIT_CERTIFICATE.OBSERVATIONS, text(draft.content().observations()))
                    .set(HABITAT_VISIT_CERTIFICATE.RECOMMENDED_WORKS, works(draft.content().recommendedWorks()))
                    .set(HABITAT_VISIT_CERTIFICATE.RECOMMENDATIONS, text(draft.content().recommendations()))
                    .set(HABITAT_VISIT_CERTIFICATE.SAVED_AT, Timestamps.column(draft.lastSavedAt()));
            case VisitCertificate.Transmise sent -> insert
                    .set(HABITAT_VISIT_CERTIFICATE.VISIT_DATE, sent.visitDate().value())
                    .set(HABITAT_VISIT_CERTIFICATE.OBSERVATIONS, text(sent.content().observations()))
                    .set(HABITAT_VISIT_CERTIFICATE.RECOMMENDED_WORKS, works(sent.content().recommendedWorks()))
                    .set(HABITAT_VISIT_CERTIFICATE.RECOMMENDATIONS, text(sent.content().recommendations()))
                    .set(HABITAT_VISIT_CERTIFICATE.TRANSMITTED_AT, Timestamps.column(sent.transmittedAt()));
            case VisitCertificate.SansSuite sansSuite -> insert
                    .set(HABITAT_VISIT_CERTIFICATE.SANS_SUITE_MOTIF, sansSuite.motif().name())
                    .set(HABITAT_VISIT_CERTIFICATE.SANS_SUITE_COMMENT, text(sansSuite.comment()))
                    .set(HABITAT_VISIT_CERTIFICATE.DECLARED_AT, Timestamps.column(sansSuite.declaredAt()));
        }
        insert.execute();
    }

    @Override
    public List<Stored> page(Query query, Optional<Position> after, int limit) {
        return pageQuery(database.current(), query, after, limit)
                .map(select -> select.fetch(JooqInterventionOrders::stored))
                .orElse(List.of());
    }

    /**
     * The query of one page: the convention, the filter's equality column, then the sort key after the position,
     * in the order of one index. Empty when the position's order is not in the convention.
     */
    Optional<ResultQuery<Record>> pageQuery(DSLContext dsl, Query query, Optional<Position> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one order: " + limit);
        }
        Condition condition = HABITAT_ORDER.CONVENTION_ID.eq(query.conventionId()).and(switch (query.filter()) {
            case OUVERTS -> HABITAT_ORDER.CLOSED.isFalse();
            case CLOS -> HABITAT_ORDER.CLOSED.isTrue();
            case VISITE_A_FAIRE -> HABITAT_ORDER.TO_VISIT.isTrue();
            case RELANCE -> HABITAT_ORDER.SENT.isFalse().and(HABITAT_ORDER.ORDER_DATE.le(query.relanceUpTo()));
        });
        if (query.nir().isPresent()) {
            condition = condition.and(HABITAT_ORDER.NIR.eq(query.nir().get().value()));
        }
        List<Field<?>> key = key(query);
        if (after.isPresent()) {
            Optional<String> nir = dsl.select(HABITAT_ORDER.NIR).from(HABITAT_ORDER)
                    .where(HABITAT_ORDER.ID.eq(after.get().id()).and(HABITAT_ORDER.CONVENTION_ID.eq(query.conventionId())))
                    .fetchOptional(HABITAT_ORDER.NIR);
            if (nir.isEmpty()) {
                return Optional.empty();
            }
            condition = condition.and(Keyset.after(key, values(key, after.get(), nir.get()), query.descending()));
        }
        // the index's leading columns, fixed by the conditions, are ordered by too: PostgreSQL needs it not, but H2
        // reads an index in order only when the ORDER BY names its columns from the first (else it sorts every row
        // of the filter, a cost that grows with the convention's orders)
        List<SortField<?>> order = Stream.concat(
                        Stream.of(HABITAT_ORDER.CONVENTION_ID, equalityColumn(query.filter())),
                        key.stream())
                .<SortField<?>>map(field -> query.descending() ? field.desc() : field.asc())
                .toList();
        return Optional.of(select(dsl).where(condition).orderBy(order).limit(limit));
    }

    /** The filter's equality column: the second column of each of the list's indexes (V11). */
    private static Field<Boolean> equalityColumn(Filter filter) {
        return switch (filter) {
            case OUVERTS, CLOS -> HABITAT_ORDER.CLOSED;
            case VISITE_A_FAIRE -> HABITAT_ORDER.TO_VISIT;
            case RELANCE -> HABITAT_ORDER.SENT;
        };
    }

    /**
     * The sort key, as an index orders it. By Relance it is (sent, date, id); when the filter fixes {@code sent}
     * (Visite à faire and Relance: nothing sent; Dossier clos: everything sent) it is the date order.
     */
    private static List<Field<?>> key(Query query) {
        return switch (query.sort()) {
            case NIR -> List.of(HABITAT_ORDER.NIR, HABITAT_ORDER.ID);
            case DATE_DE_COMMANDE -> List.of(HABITAT_ORDER.ORDER_DATE, HABITAT_ORDER.ID);
            case RELANCE -> query.filter() == Filter.OUVERTS
                    ? List.of(HABITAT_ORDER.SENT, HABITAT_ORDER.ORDER_DATE, HABITAT_ORDER.ID)
                    : List.of(HABITAT_ORDER.ORDER_DATE, HABITAT_ORDER.ID);
        };
    }

    private static List<Object> values(List<Field<?>> key, Position position, String nir) {
        List<Object> values = new ArrayList<>();
        for (Field<?> field : key) {
            if (field == HABITAT_ORDER.NIR) {
                values.add(nir);
            } else if (field == HABITAT_ORDER.SENT) {
                values.add(position.sent());
            } else if (field == HABITAT_ORDER.ORDER_DATE) {
                values.add(position.dateDeCommande());
            } else {
                values.add(position.id());
            }
        }
        return values;
    }

    private static SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(HABITAT_ORDER.fields()).select(HABITAT_VISIT_CERTIFICATE.fields())
                .select(HABITAT_DECISION.fields())
                .from(HABITAT_ORDER)
                .leftJoin(HABITAT_VISIT_CERTIFICATE).on(HABITAT_VISIT_CERTIFICATE.ORDER_ID.eq(HABITAT_ORDER.ID))
                .leftJoin(HABITAT_DECISION).on(HABITAT_DECISION.ORDER_ID.eq(HABITAT_ORDER.ID));
    }

    private static Stored stored(Record row) {
        LastName nom = LastName.of(row.get(HABITAT_ORDER.LAST_NAME));
        FirstName prenom = FirstName.of(row.get(HABITAT_ORDER.FIRST_NAME));
        var retiree = new InterventionOrder.Retiree(nom, prenom, Nir.of(row.get(HABITAT_ORDER.NIR)),
                AddressColumns.OF_HABITAT_ORDER.read(row, identity(nom, prenom)),
                PhoneNumber.of(row.get(HABITAT_ORDER.PHONE)), Ressources.valueOf(row.get(HABITAT_ORDER.RESSOURCES)));
        var order = new InterventionOrder(row.get(HABITAT_ORDER.ID), row.get(HABITAT_ORDER.CONVENTION_ID), retiree,
                row.get(HABITAT_ORDER.ORDER_DATE),
                new InterventionOrder.HabitatProvider(
                        FreeText.of(row.get(HABITAT_ORDER.PROVIDER_NAME), InterventionOrder.HabitatProvider.NAME_MAX_LENGTH),
                        FreeText.of(row.get(HABITAT_ORDER.PROVIDER_COORDINATES),
                                InterventionOrder.HabitatProvider.COORDINATES_MAX_LENGTH)),
                new InterventionOrder.Evaluation(row.get(HABITAT_ORDER.EVA_DATE), new Gir(row.get(HABITAT_ORDER.EVA_GIR)),
                        FreeText.of(row.get(HABITAT_ORDER.EVA_HOUSING), InterventionOrder.Evaluation.HOUSING_MAX_LENGTH)),
                Timestamps.instant(row.get(HABITAT_ORDER.CREATED_AT)));
        Optional<DecisionNotification> decision = Optional.ofNullable(row.get(HABITAT_DECISION.ORDER_ID))
                .map(ignored -> new DecisionNotification(WorkType.valueOf(row.get(HABITAT_DECISION.WORK_TYPE)),
                        Money.ofCents(row.get(HABITAT_DECISION.CEILING_CENTS)), row.get(HABITAT_DECISION.EFFECTIVE_DATE),
                        row.get(HABITAT_DECISION.DURATION_MONTHS),
                        PaymentTerms.valueOf(row.get(HABITAT_DECISION.PAYMENT_TERMS))));
        var file = new InterventionFile(order.id(), order.conventionId(), order.dateDeCommande(), certificate(row),
                decision);
        return new Stored(order, file, row.get(HABITAT_ORDER.VERSION));
    }

    /** The address's identity line: the retiree's name, as the service writes it. */
    private static String identity(LastName nom, FirstName prenom) {
        String identity = prenom.value() + " " + nom.value();
        return identity.substring(0, Math.min(identity.length(), 100));
    }

    private static VisitCertificate certificate(Record row) {
        String state = row.get(HABITAT_VISIT_CERTIFICATE.STATE);
        if (state == null) {
            return new VisitCertificate.Aucune();
        }
        return switch (state) {
            case "BROUILLON" -> new VisitCertificate.Brouillon(
                    Optional.ofNullable(row.get(HABITAT_VISIT_CERTIFICATE.VISIT_DATE)).map(VisitDate::new),
                    content(row), Timestamps.instant(row.get(HABITAT_VISIT_CERTIFICATE.SAVED_AT)));
            case "TRANSMISE" -> new VisitCertificate.Transmise(new VisitDate(row.get(HABITAT_VISIT_CERTIFICATE.VISIT_DATE)),
                    content(row), Timestamps.instant(row.get(HABITAT_VISIT_CERTIFICATE.TRANSMITTED_AT)));
            case "SANS_SUITE" -> new VisitCertificate.SansSuite(
                    SansSuiteMotif.valueOf(row.get(HABITAT_VISIT_CERTIFICATE.SANS_SUITE_MOTIF)),
                    Optional.ofNullable(row.get(HABITAT_VISIT_CERTIFICATE.SANS_SUITE_COMMENT))
                            .map(text -> FreeText.of(text, VisitCertificate.SansSuite.COMMENT_MAX_LENGTH)),
                    Timestamps.instant(row.get(HABITAT_VISIT_CERTIFICATE.DECLARED_AT)));
            default -> throw new IllegalStateException("Unknown visit certificate state in the database: " + state);
        };
    }

    private static VisitContent content(Record row) {
        String works = row.get(HABITAT_VISIT_CERTIFICATE.RECOMMENDED_WORKS);
        return new VisitContent(
                Optional.ofNullable(row.get(HABITAT_VISIT_CERTIFICATE.OBSERVATIONS))
                        .map(text -> FreeText.of(text, VisitContent.OBSERVATIONS_MAX_LENGTH)),
                works == null || works.isEmpty() ? List.of()
                        : Arrays.stream(works.split(WORKS_SEPARATOR)).map(WorkType::valueOf).toList(),
                Optional.ofNullable(row.get(HABITAT_VISIT_CERTIFICATE.RECOMMENDATIONS))
                        .map(text -> FreeText.of(text, VisitContent.RECOMMENDATIONS_MAX_LENGTH)));
    }

    private static String state(VisitCertificate certificate) {
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> "AUCUNE";
            case VisitCertificate.Brouillon ignored -> "BROUILLON";
            case VisitCertificate.Transmise ignored -> "TRANSMISE";
            case VisitCertificate.SansSuite ignored -> "SANS_SUITE";
        };
    }

    private static boolean isSent(VisitCertificate certificate) {
        return certificate instanceof VisitCertificate.Transmise || certificate instanceof VisitCertificate.SansSuite;
    }

    private static String works(List<WorkType> works) {
        return works.isEmpty() ? null : works.stream().map(WorkType::name).collect(Collectors.joining(WORKS_SEPARATOR));
    }

    private static String text(Optional<FreeText> text) {
        return text.map(FreeText::value).orElse(null);
    }
}
