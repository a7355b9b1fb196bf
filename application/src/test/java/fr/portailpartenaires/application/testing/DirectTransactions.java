package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.Transactions;
import java.util.function.Supplier;

/** {@link Transactions} without a database: runs the work and counts the use cases that opened one. */
public final class DirectTransactions implements Transactions {

    private int opened;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        opened++;
        return work.get();
    }

    public synchronized int opened() {
        return opened;
    }
}
