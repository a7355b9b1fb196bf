package fr.portailpartenaires.adapters.persistence;

class H2AuditLogIT extends AuditLogContract {

    @Override
    protected Database freshDatabase() {
        return TestDatabases.freshH2();
    }
}
