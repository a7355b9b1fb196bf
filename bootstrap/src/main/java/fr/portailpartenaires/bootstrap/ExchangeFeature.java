package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.exchange.JooqExchangeHistory;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.exchange.ExchangeHistoryPages;
import fr.portailpartenaires.adapters.web.exchange.ExchangeHistoryRoutes;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.application.convention.ManageConventions;
import fr.portailpartenaires.application.exchange.ExchangeHistoryPurge;
import fr.portailpartenaires.application.exchange.ExchangeHistoryService;
import fr.portailpartenaires.application.exchange.SearchExchangeHistory;
import fr.portailpartenaires.application.shared.ExchangeHistory;
import java.util.List;

/** The exchange history: what was transmitted and downloaded, searched by période, purged after six months. */
public final class ExchangeFeature {

    private final ExchangeHistory store;
    private final SearchExchangeHistory history;
    private final ExchangeHistoryPurge purge;

    ExchangeFeature(Infrastructure infra) {
        store = new JooqExchangeHistory(infra.database());
        history = new ExchangeHistoryService(store, infra.conventions(), infra.transactions());
        purge = new ExchangeHistoryPurge(store, infra.transactions(), infra.clock());
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

    /** « Historique des échanges »; its « Convention » filter lists the partner's conventions. */
    List<RouteGroup> pages(Pages pages, ManageConventions conventions) {
        return List.of(new ExchangeHistoryPages(history, conventions, pages));
    }

    List<RouteGroup> routes(SessionCookie sessions) {
        return List.of(new ExchangeHistoryRoutes(history, sessions));
    }
}
