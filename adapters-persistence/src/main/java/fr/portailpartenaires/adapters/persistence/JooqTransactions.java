package fr.portailpartenaires.adapters.persistence;

import fr.portailpartenaires.application.shared.Transactions;
import java.util.function.Supplier;

/** {@link Transactions} on the portal's database: the adapters join it through {@link Database#current()}. */
public final class JooqTransactions implements Transactions {

    private final Database database;

    public JooqTransactions(Database database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(work);
    }
}
