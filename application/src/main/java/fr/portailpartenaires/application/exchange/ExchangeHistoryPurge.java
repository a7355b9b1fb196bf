package fr.portailpartenaires.application.exchange;

import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.domain.exchange.ExchangeRetention;
import java.time.Clock;
import java.util.Objects;

/** The scheduled purge of the exchange history (spec §5.3): an entry is kept six months after the exchange. */
public final class ExchangeHistoryPurge {

    private final ExchangeHistory history;
    private final Transactions transactions;
    private final Clock clock;

    public ExchangeHistoryPurge(ExchangeHistory history, Transactions transactions, Clock clock) {
        this.history = Objects.requireNonNull(history, "history");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Deletes the entries older than six months.
     *
     * @return how many were deleted
     */
    public int purgeExpired() {
        return transactions.inTransaction(() -> history.purgeBefore(ExchangeRetention.purgeBefore(clock.instant())));
    }
}
