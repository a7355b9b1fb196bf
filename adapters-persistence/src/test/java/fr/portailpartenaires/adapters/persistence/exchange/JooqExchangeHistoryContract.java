package fr.portailpartenaires.adapters.persistence.exchange;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.EXCHANGE_ENTRY;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.application.shared.ExchangeHistory;

/** {@link ExchangeHistoryContract} on the database table. */
abstract class JooqExchangeHistoryContract extends ExchangeHistoryContract {

    protected abstract Database database();

    @Override
    protected ExchangeHistory emptyExchangeHistory() {
        database().dsl().deleteFrom(EXCHANGE_ENTRY).execute();
        return new JooqExchangeHistory(database());
    }
}
