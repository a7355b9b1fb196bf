package fr.portailpartenaires.adapters.persistence.habitat;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.convention.JooqConventions;
import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.HABITAT_ORDER;

import fr.portailpartenaires.application.habitat.InterventionOrders.Filter;
import fr.portailpartenaires.application.habitat.InterventionOrders.Position;
import fr.portailpartenaires.application.habitat.InterventionOrders.Query;
import fr.portailpartenaires.application.habitat.InterventionOrders.Sort;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.reference.PartnerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With 30,000 orders over three conventions, every list query — each filter, sort and direction, first page or after
 * a position — reads one of the V11 indexes in its order, with no sort of the rows: the plan of a deep page is the
 * plan of the first. Each database fills the table its own way and reads its own plans.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InterventionOrdersPlanContract {

    private Database database;
    private UUID convention;

    /** A fresh database of the kind under test. */
    protected abstract Database freshDatabase();

    /**
     * Inserts 30,000 orders spread over the three conventions bound in this order, states spread as 0 AUCUNE,
     * 1 BROUILLON, 2 TRANSMISE, 3 TRANSMISE + decision (closed), 4 SANS_SUITE; then the statistics.
     */
    protected abstract void insertOrders(Database database, UUID first, UUID second, UUID third);

    /** The plan the database chooses for the query. */
    protected abstract String planOf(DSLContext dsl, ResultQuery<?> query);

    /** Fails unless the plan reads one habitat_order index in its order and sorts nothing. */
    protected abstract void assertReadsOneIndexInOrder(String plan, String description);

    @BeforeAll
    void fill() {
        database = freshDatabase();
        Fixtures.clear(database);
        var partner = Fixtures.cielBleu();
        Fixtures.store(new JooqPartners(database, Fixtures.CLOCK), new JooqAccounts(database, Fixtures.CLOCK), partner);
        var conventions = new JooqConventions(database);
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < ids.size(); i++) {
            conventions.add(new Convention.Validee(new ConventionId(ids.get(i)), partner.id().value(),
                    new ConventionTerms(Fixtures.CARSAT_NORD_PICARDIE, ConventionCode.of("75730" + i),
                            PartnerType.PRESTATAIRE_ERGOTHERAPEUTE), Fixtures.NOW, Fixtures.NOW, Optional.empty()));
        }
        convention = ids.get(0);
        insertOrders(database, ids.get(0), ids.get(1), ids.get(2));
    }

    @Test
    void every_filter_and_sort_reads_one_index_in_order_whatever_the_depth() {
        var orders = new JooqInterventionOrders(database);
        var dsl = database.dsl();
        var deep = dsl.select(HABITAT_ORDER.ID, HABITAT_ORDER.ORDER_DATE).from(HABITAT_ORDER)
                .where(HABITAT_ORDER.CONVENTION_ID.eq(convention).and(HABITAT_ORDER.TO_VISIT.isTrue()))
                .orderBy(HABITAT_ORDER.NIR).offset(1000).limit(1).fetchOne();
        var position = Optional.of(new Position(deep.value1(), deep.value2(), false));
        for (Filter filter : Filter.values()) {
            for (Sort sort : Sort.values()) {
                for (boolean descending : List.of(false, true)) {
                    for (Optional<Position> after : List.of(Optional.<Position>empty(), position)) {
                        var query = new Query(convention, filter, sort, descending, Optional.empty(),
                                LocalDate.of(2025, 1, 1));
                        String plan = planOf(dsl, orders.pageQuery(dsl, query, after, 21).orElseThrow());
                        assertReadsOneIndexInOrder(plan, "%s by %s %s %s%n%s".formatted(filter, sort,
                                descending ? "desc" : "asc", after.isPresent() ? "deep" : "first", plan));
                    }
                }
            }
        }
    }
}
