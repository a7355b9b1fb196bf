package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.TestDatabases;
import org.junit.jupiter.api.BeforeAll;

class PostgresPasswordResetsIT extends PasswordResetsContract {

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
