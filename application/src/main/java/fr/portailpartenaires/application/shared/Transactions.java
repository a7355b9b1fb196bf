package fr.portailpartenaires.application.shared;

import java.util.function.Supplier;

/**
 * One transaction per use case: every port called inside {@link #inTransaction} joins the same
 * database transaction (so a business change and the mail it causes in the outbox commit together).
 */
public interface Transactions {

    /**
     * Runs the work in a transaction, committed when it returns and rolled back when it throws.
     * Called while a transaction is already open, it joins that transaction.
     */
    <T> T inTransaction(Supplier<T> work);
}
