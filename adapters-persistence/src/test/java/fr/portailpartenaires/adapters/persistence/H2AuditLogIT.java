package fr.portailpartenaires.adapters.persistence;

class H2AuditLogIT extends JooqAuditLogContract {

    @Override
    protected Database freshDatabase() {
        return TestDatabases.freshH2();
    }
}
