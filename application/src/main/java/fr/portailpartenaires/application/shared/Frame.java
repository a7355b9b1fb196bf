package fr.portailpartenaires.application.shared;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The frame of a use case acting on one stored item: the caller as a guard narrowed them (see {@link Guards}), then
 * one transaction, committed only when done, in which the item is read afresh for that caller; an item the caller
 * may not see is answered as if it did not exist (they learn nothing about it).
 */
public final class Frame {

    private Frame() {
    }

    /**
     * The guard's refusal, or in one transaction committed only when done: {@code work} on what {@code find} finds
     * for the caller, else {@code notFound}.
     *
     * @param find reads the item for the caller (empty when missing or out of the caller's scope)
     */
    public static <C, S, T> Outcome<T> onFound(Outcome<C> caller, Transactions transactions,
            Function<C, Optional<S>> find, Supplier<Outcome<T>> notFound, BiFunction<C, S, Outcome<T>> work) {
        return caller.flatMap(who -> transactions.commitIfDone(() -> find.apply(who)
                .map(found -> work.apply(who, found))
                .orElseGet(notFound)));
    }
}
