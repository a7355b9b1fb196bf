package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.exchange.JooqExchangeHistory;
import fr.portailpartenaires.application.exchange.ExchangeHistoryPurge;
import fr.portailpartenaires.application.exchange.ExchangeHistoryService;
import fr.portailpartenaires.application.exchange.SearchExchangeHistory;
import fr.portailpartenaires.application.shared.ExchangeHistory;

/** The exchange history: what was transmitted and downloaded, searched by période, purged after six months. */
public final class ExchangeFeature {

    private final ExchangeHistory store;
    private final SearchExchangeHistory history;
    private final ExchangeHistoryPurge purge;

    ExchangeFeature(Infrastructure infra) {
        store = new JooqExchangeHistory(infra.database());
        history = new ExchangeHistoryService(infra.support(), store, infra.conventions());
        purge = new ExchangeHistoryPurge(infra.support(), store);
    }

    public SearchExchangeHistory exchangeHistory() {
        return history;
    }

    /** Where the features that exchange documents record them. */
    ExchangeHistory store() {
        return store;
    }

    int purgeExpired() {
        return purge.purgeExpired();
    }
}
