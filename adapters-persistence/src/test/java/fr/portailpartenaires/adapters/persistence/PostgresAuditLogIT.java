package fr.portailpartenaires.adapters.persistence;

class PostgresAuditLogIT extends AuditLogContract {

    @Override
    protected Database freshDatabase() {
        return TestDatabases.freshPostgres();
    }
}
