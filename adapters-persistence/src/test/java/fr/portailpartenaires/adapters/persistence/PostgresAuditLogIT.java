package fr.portailpartenaires.adapters.persistence;

class PostgresAuditLogIT extends JooqAuditLogContract {

    @Override
    protected Database freshDatabase() {
        return TestDatabases.freshPostgres();
    }
}
