package fr.portailpartenaires.adapters.persistence.mail;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.TestDatabases;
import org.junit.jupiter.api.BeforeAll;

class PostgresOutboxIT extends JooqOutboxContract {

    private static Database database;

    @BeforeAll
    static void start() {
        database = TestDatabases.freshPostgres();
    }

    @Override
    protected Database database() {
        return database;
    }
}
