package fr.portailpartenaires.adapters.persistence.habitat;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.TestDatabases;
import fr.portailpartenaires.adapters.persistence.convention.JooqConventions;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.HABITAT_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the embedded H2 with 30,000 orders over three conventions, as on PostgreSQL ({@link
 * PostgresInterventionOrdersPlanIT}), every list query — each filter, sort and direction, first page or after a
 * position — reads one of the V11 indexes in its order ("index sorted": H2 stops after the page's rows) instead of
 * sorting every order of the filter. Before the ORDER BY named the index's leading columns, H2 sorted them all: the
 * soak benchmark's lists slowed down as orders accumulated (docs/benchmarks.md, "Soak").
 */
class H2InterventionOrdersPlanIT {

    private static Database database;
    private static UUID convention;

    @BeforeAll
    static void fill() {
        database = TestDatabases.freshH2();
        Fixtures.clear(database);
        var partner = Fixtures.cielBleu();
        new JooqPartners(database, Fixtures.CLOCK).add(partner);
        var conventions = new JooqConventions(database);
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < ids.size(); i++) {
            conventions.add(new Convention.Validee(new ConventionId(ids.get(i)), partner.id().value(),
                    new ConventionTerms(Fixtures.CARSAT_NORD_PICARDIE, ConventionCode.of("75730" + i),
                            PartnerType.PRESTATAIRE_ERGOTHERAPEUTE), Fixtures.NOW, Fixtures.NOW, Optional.empty()));
        }
        convention = ids.get(0);
        // states spread as 0 AUCUNE, 1 BROUILLON, 2 TRANSMISE, 3 TRANSMISE + decision (closed), 4 SANS_SUITE
        database.dsl().execute("""
                insert into habitat_order (id, convention_id, nir, last_name, first_name, addr_code_postal, addr_commune,
                    phone, ressources, order_date, provider_name, provider_coordinates, eva_date, eva_gir, eva_housing,
                    certificate_state, to_visit, sent, closed, created_at, version)
                select random_uuid(), case mod(n, 3) when 0 then ? when 1 then ? else ? end,
                    lpad(cast(100000000000000 + mod(n * 7919, 99999) as varchar), 15, '0'), 'DUPONT', 'Jeanne', '62000',
                    'Arras', '0321000000', 'PS', dateadd(day, mod(n, 500), date '2024-01-01'), 'Soliha',
                    '03 21 00 00 01', date '2024-01-01', 4, 'Maison',
                    case mod(n, 5) when 0 then 'AUCUNE' when 1 then 'BROUILLON' when 4 then 'SANS_SUITE'
                        else 'TRANSMISE' end,
                    mod(n, 5) = 0, mod(n, 5) >= 2, mod(n, 5) >= 3, current_timestamp, 0
                from (select "X" as n from system_range(1, 30000)) as numbers
                """, ids.get(0), ids.get(1), ids.get(2));
        database.dsl().execute("analyze table habitat_order");
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
                        String plan = String.valueOf(dsl.fetchValue("explain " + dsl.renderInlined(
                                orders.pageQuery(dsl, query, after, 21).orElseThrow())));
                        assertThat(plan).as("%s by %s %s %s%n%s", filter, sort, descending ? "desc" : "asc",
                                        after.isPresent() ? "deep" : "first", plan)
                                .containsPattern("/\\* public\\.habitat_order_\\w+_idx")
                                .contains("/* index sorted */");
                    }
                }
            }
        }
    }
}
