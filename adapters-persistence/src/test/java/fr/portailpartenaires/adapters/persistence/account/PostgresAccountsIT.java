package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.TestDatabases;
import org.junit.jupiter.api.BeforeAll;

class PostgresAccountsIT extends JooqAccountsContract {

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
