package fr.portailpartenaires.adapters.persistence.partner;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.TestDatabases;
import org.junit.jupiter.api.BeforeAll;

class H2PartnersIT extends JooqPartnersContract {

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
