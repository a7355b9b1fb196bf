package fr.portailpartenaires.application.exchange;

import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.exchange.ExchangeRetention;
import java.util.Objects;

/** The scheduled purge of the exchange history (spec §5.3): an entry is kept six months after the exchange. */
public final class ExchangeHistoryPurge {

    private final UseCaseSupport support;
    private final ExchangeHistory history;

    public ExchangeHistoryPurge(UseCaseSupport support, ExchangeHistory history) {
        this.support = Objects.requireNonNull(support, "support");
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * Deletes the entries older than six months.
     *
     * @return how many were deleted
     */
    public int purgeExpired() {
        return support.inTransaction(() -> history.purgeBefore(ExchangeRetention.purgeBefore(support.now())));
    }
}
