package fr.portailpartenaires.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.SQLDialect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class H2SchemaIT extends SchemaContract {

    private static Database database;

    @BeforeAll
    static void start() {
        database = TestDatabases.freshH2();
    }

    @Override
    protected Database database() {
        return database;
    }

    @Test
    void runs_on_h2() {
        assertThat(database.dialect()).isEqualTo(SQLDialect.H2);
    }
}
