package fr.portailpartenaires.adapters.persistence.habitat;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * {@link InterventionOrdersPlanContract} on the embedded H2: each list query reads an index in order ("index sorted":
 * H2 stops after the page's rows) instead of sorting every order of the filter. Before the ORDER BY named the index's
 * leading columns, H2 sorted them all: the soak benchmark's lists slowed down as orders accumulated
 * (docs/benchmarks.md, "Soak").
 */
class H2InterventionOrdersPlanIT extends InterventionOrdersPlanContract {

    @Override
    protected Database freshDatabase() {
        return TestDatabases.freshH2();
    }

    @Override
    protected void insertOrders(Database database, UUID first, UUID second, UUID third) {
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
                """, first, second, third);
        database.dsl().execute("analyze table habitat_order");
    }

    @Override
    protected String planOf(DSLContext dsl, ResultQuery<?> query) {
        return String.valueOf(dsl.fetchValue("explain " + dsl.renderInlined(query)));
    }

    @Override
    protected void assertReadsOneIndexInOrder(String plan, String description) {
        assertThat(plan).as(description)
                .containsPattern("/\\* public\\.habitat_order_\\w+_idx")
                .contains("/* index sorted */");
    }
}
