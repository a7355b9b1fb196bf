package fr.portailpartenaires.adapters.persistence.exchange;

import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.testing.InMemoryExchangeHistory;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryExchangeHistoryTest extends ExchangeHistoryContract {

    @Override
    protected ExchangeHistory emptyExchangeHistory() {
        return new InMemoryExchangeHistory();
    }
}
