package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link Transactions} without a database: runs the work and counts the use cases that opened one. Like a database
 * transaction, work that throws leaves the fakes it was given as they were before it (its {@link Snapshots}): a use
 * case whose last step is refused by a store — a login taken by a concurrent transaction — changed nothing.
 */
public final class DirectTransactions implements Transactions {

    /** A fake store that can put back the state it had. */
    public interface Snapshots {

        /** The store's state now, as the action that puts it back. */
        Runnable snapshot();
    }

    private final List<Snapshots> stores;
    private int opened;

    public DirectTransactions(Snapshots... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        List<Runnable> restores = new ArrayList<>();
        synchronized (this) {
            opened++;
            stores.forEach(store -> restores.add(store.snapshot()));
        }
        try {
            return work.get();
        } catch (RuntimeException e) {
            restores.forEach(Runnable::run);
            throw e;
        }
    }

    public synchronized int opened() {
        return opened;
    }
}
