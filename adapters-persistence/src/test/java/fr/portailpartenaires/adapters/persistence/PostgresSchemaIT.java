package fr.portailpartenaires.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.SQLDialect;
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

    @Test
    void runs_on_a_real_postgresql() {
        assertThat(database.dialect()).isEqualTo(SQLDialect.POSTGRES);
        assertThat(database.dsl().fetchValue("select version()").toString()).startsWith("PostgreSQL");
    }
}
