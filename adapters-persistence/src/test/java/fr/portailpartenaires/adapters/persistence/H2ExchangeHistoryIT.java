package fr.portailpartenaires.adapters.persistence;

import org.junit.jupiter.api.BeforeAll;

class H2ExchangeHistoryIT extends ExchangeHistoryContract {

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
