package fr.portailpartenaires.adapters.persistence;

import org.junit.jupiter.api.BeforeAll;

class H2BillingIT extends BillingContract {

    private static Database database;

    @BeforeAll
    static void start() {
        database = TestDatabases.freshH2();
    }

    @Override
    protected Database database() {
        return database;
    }
}
