package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.TestDatabases;
import org.junit.jupiter.api.BeforeAll;

class H2PasswordResetsIT extends PasswordResetsContract {

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
