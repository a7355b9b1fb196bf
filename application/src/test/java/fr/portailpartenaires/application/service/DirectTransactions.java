package fr.portailpartenaires.application.service;

import fr.portailpartenaires.application.port.out.Transactions;
import java.util.function.Supplier;

/** {@link Transactions} without a database: runs the work and counts the use cases that opened one. */
final class DirectTransactions implements Transactions {

    private int opened;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        opened++;
        return work.get();
    }

    synchronized int opened() {
        return opened;
    }
}
