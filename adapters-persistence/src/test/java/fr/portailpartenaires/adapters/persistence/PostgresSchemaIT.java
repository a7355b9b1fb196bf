package fr.portailpartenaires.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresSchemaIT extends SchemaContract {

    private static Database database;

    @BeforeAll
    static void start() {
        database = TestDatabases.freshPostgres();
    }

    @Override
    protected Database database() {
        return database;
    }

    /**
     * Several instances started together on an empty database (issue 19): Flyway's lock on PostgreSQL lets one
     * apply the migrations while the other waits, then finds nothing left to do.
     */
    @Test
    void two_instances_migrating_an_empty_database_together_apply_each_migration_once() {
        try (HikariDataSource empty = TestDatabases.emptyPostgres()) {
            List<CompletableFuture<MigrateResult>> starting = List.of(
                    CompletableFuture.supplyAsync(() -> Database.on(empty).migrate()),
                    CompletableFuture.supplyAsync(() -> Database.on(empty).migrate()));
            List<Integer> executed = starting.stream().map(CompletableFuture::join)
                    .map(result -> result.migrationsExecuted).toList();

            int migrations = Database.on(empty).dsl().fetchCount(DSL.table("flyway_schema_history"));
            assertThat(executed).as("migrations each instance applied").containsExactlyInAnyOrder(migrations, 0);
            assertThat(Database.on(empty).dsl().fetchCount(DSL.selectDistinct(DSL.field("version"))
                    .from("flyway_schema_history"))).isEqualTo(migrations);
        }
    }

    @Test
    void runs_on_a_real_postgresql() {
        assertThat(database.dialect()).isEqualTo(SQLDialect.POSTGRES);
        assertThat(database.dsl().fetchValue("select version()").toString()).startsWith("PostgreSQL");
    }
}
