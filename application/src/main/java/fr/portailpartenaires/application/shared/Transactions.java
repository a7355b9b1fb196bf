package fr.portailpartenaires.application.shared;

import java.util.function.Supplier;

/**
 * One transaction per use case: every port called inside {@link #inTransaction} joins the same
 * database transaction (so a business change and the mail it causes in the outbox commit together).
 */
public interface Transactions {

    /**
     * Runs the work in a transaction, committed when it returns and rolled back when it throws.
     * Called while a transaction is already open, it joins that transaction at a savepoint: when the work
     * throws, what it wrote is rolled back and the exception goes on to the outer transaction.
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs a use case's work in a transaction that is committed only when its outcome is {@link Outcome.Done}: a
     * refusal or an invalid input rolls back whatever the work wrote (to its savepoint, when it joined an outer
     * transaction), so that whatever is not done changed nothing.
     */
    default <T> Outcome<T> commitIfDone(Supplier<Outcome<T>> work) {
        try {
            return inTransaction(() -> {
                Outcome<T> outcome = work.get();
                if (outcome instanceof Outcome.Done<T>) {
                    return outcome;
                }
                throw new NotDone(outcome);
            });
        } catch (NotDone notDone) {
            @SuppressWarnings("unchecked")
            Outcome<T> outcome = (Outcome<T>) notDone.outcome;
            return outcome;
        }
    }

    /** Unwinds a transaction whose outcome is not done (never escapes {@link #commitIfDone}). */
    final class NotDone extends RuntimeException {
        private final transient Outcome<?> outcome;

        private NotDone(Outcome<?> outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
