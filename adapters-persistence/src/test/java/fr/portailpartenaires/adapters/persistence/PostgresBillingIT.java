package fr.portailpartenaires.adapters.persistence;

import org.junit.jupiter.api.BeforeAll;

class PostgresBillingIT extends BillingContract {

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
