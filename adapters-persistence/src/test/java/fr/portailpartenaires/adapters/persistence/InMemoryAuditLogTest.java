package fr.portailpartenaires.adapters.persistence;

import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.testing.InMemoryAuditLog;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog emptyAuditLog() {
        return new InMemoryAuditLog();
    }
}
