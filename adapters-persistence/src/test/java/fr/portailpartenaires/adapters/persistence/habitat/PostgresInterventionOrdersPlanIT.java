package fr.portailpartenaires.adapters.persistence.habitat;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/** {@link InterventionOrdersPlanContract} on PostgreSQL: one index scan, no sort, no sequential scan. */
class PostgresInterventionOrdersPlanIT extends InterventionOrdersPlanContract {

    @Override
    protected Database freshDatabase() {
        return TestDatabases.freshPostgres();
    }

    @Override
    protected void insertOrders(Database database, UUID first, UUID second, UUID third) {
        database.dsl().execute("""
                insert into habitat_order (id, convention_id, nir, last_name, first_name, addr_code_postal, addr_commune,
                    phone, ressources, order_date, provider_name, provider_coordinates, eva_date, eva_gir, eva_housing,
                    certificate_state, to_visit, sent, closed, created_at, version)
                select gen_random_uuid(), (array[?::uuid, ?::uuid, ?::uuid])[1 + n % 3],
                    lpad((100000000000000 + n * 7919 % 99999)::text, 15, '0'), 'DUPONT', 'Jeanne', '62000', 'Arras',
                    '0321000000', 'PS', date '2024-01-01' + (n % 500), 'Soliha', '03 21 00 00 01',
                    date '2024-01-01', 4, 'Maison',
                    (array['AUCUNE','BROUILLON','TRANSMISE','TRANSMISE','SANS_SUITE'])[1 + n % 5],
                    n % 5 = 0, n % 5 >= 2, n % 5 >= 3, now(), 0
                from generate_series(1, 30000) as n
                """, first, second, third);
        database.dsl().execute("analyze habitat_order");
    }

    @Override
    protected String planOf(DSLContext dsl, ResultQuery<?> query) {
        return dsl.explain(query).plan();
    }

    @Override
    protected void assertReadsOneIndexInOrder(String plan, String description) {
        assertThat(plan).as(description)
                .containsPattern("Index (Only )?Scan( Backward)? using habitat_order_\\w+_idx")
                .doesNotContain("Sort Key")
                .doesNotContain("Seq Scan on habitat_order");
    }
}
