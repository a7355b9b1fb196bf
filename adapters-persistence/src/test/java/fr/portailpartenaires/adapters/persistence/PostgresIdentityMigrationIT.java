package fr.portailpartenaires.adapters.persistence;

import javax.sql.DataSource;

class PostgresIdentityMigrationIT extends IdentityMigrationContract {

    @Override
    protected DataSource emptyDatabase() {
        return TestDatabases.emptyPostgres();
    }
}
