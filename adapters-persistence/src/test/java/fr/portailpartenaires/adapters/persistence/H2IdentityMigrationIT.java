package fr.portailpartenaires.adapters.persistence;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

class H2IdentityMigrationIT extends IdentityMigrationContract {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    protected DataSource emptyDatabase() {
        return DataSources.h2InMemory("identity-migration" + COUNTER.incrementAndGet());
    }
}
