package fr.portailpartenaires.application.exchange;

import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.exchange.ExchangeRetention;

/** The scheduled purge of the exchange history (spec §5.3): an entry is kept six months after the exchange. */
public final class ExchangeHistoryPurge extends UseCaseBase<ExchangeHistory> {

    public ExchangeHistoryPurge(UseCaseSupport support, ExchangeHistory history) {
        super(support, history);
    }

    /**
     * Deletes the entries older than six months.
     *
     * @return how many were deleted
     */
    public int purgeExpired() {
        return support.inTransaction(() -> ports.purgeBefore(ExchangeRetention.purgeBefore(support.now())));
    }
}
