package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.application.shared.SessionStore;
import fr.portailpartenaires.application.testing.InMemorySessionStore;
import java.util.List;
import java.util.UUID;

/** The fake the use-case tests run on keeps the same contract. */
class InMemorySessionStoreTest extends SessionStoreContract {

    private InMemorySessionStore sessions;

    @Override
    protected SessionStore emptySessionStore() {
        sessions = new InMemorySessionStore();
        return sessions;
    }

    @Override
    protected List<String> storedIdHashes() {
        return List.copyOf(sessions.sessions.keySet());
    }

    /** No foreign key in memory: any id names a convention. */
    @Override
    protected UUID storedConvention() {
        return UUID.randomUUID();
    }
}
