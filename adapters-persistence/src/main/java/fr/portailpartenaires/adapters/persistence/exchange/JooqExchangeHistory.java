package fr.portailpartenaires.adapters.persistence.exchange;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.EXCHANGE_ENTRY;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.ExchangeEntryRecord;
import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.domain.exchange.ExchangeEntry;
import fr.portailpartenaires.domain.exchange.ExchangeInterface;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.RegimeCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * {@link ExchangeHistory} in table {@code exchange_entry}: inserts and deletes only. Searches are keyset pages on
 * {@code (occurred_at, id)}, served by the partner, caisse and date indexes.
 */
public final class JooqExchangeHistory implements ExchangeHistory {

    private final Database database;

    public JooqExchangeHistory(Database database) {
        this.database = database;
    }

    @Override
    public void append(ExchangeEntry entry) {
        database.current().insertInto(EXCHANGE_ENTRY)
                .set(EXCHANGE_ENTRY.ID, entry.id())
                .set(EXCHANGE_ENTRY.OCCURRED_AT, Timestamps.column(entry.occurredAt()))
                .set(EXCHANGE_ENTRY.PERIOD_FROM, entry.periodFrom())
                .set(EXCHANGE_ENTRY.PERIOD_TO, entry.periodTo())
                .set(EXCHANGE_ENTRY.REGIME_CODE, entry.regime().value())
                .set(EXCHANGE_ENTRY.CAISSE_CODE, entry.caisse().value())
                .set(EXCHANGE_ENTRY.APPLICATION, entry.application())
                .set(EXCHANGE_ENTRY.EXCHANGE_INTERFACE, entry.exchangeInterface().name())
                .set(EXCHANGE_ENTRY.COMMENTAIRE, entry.commentaire())
                .set(EXCHANGE_ENTRY.PARTNER_ID, entry.partnerId())
                .set(EXCHANGE_ENTRY.CONVENTION_ID, entry.conventionId().orElse(null))
                .execute();
    }

    @Override
    public List<ExchangeEntry> search(Query query) {
        Condition where = EXCHANGE_ENTRY.OCCURRED_AT.ge(Timestamps.column(query.from()))
                .and(EXCHANGE_ENTRY.OCCURRED_AT.lt(Timestamps.column(query.to())));
        where = where.and(query.partner().map(EXCHANGE_ENTRY.PARTNER_ID::eq).orElse(DSL.noCondition()));
        where = where.and(query.regime().map(regime -> EXCHANGE_ENTRY.REGIME_CODE.eq(regime.value()))
                .orElse(DSL.noCondition()));
        where = where.and(query.caisse().map(caisse -> EXCHANGE_ENTRY.CAISSE_CODE.eq(caisse.value()))
                .orElse(DSL.noCondition()));
        where = where.and(query.convention().map(EXCHANGE_ENTRY.CONVENTION_ID::eq).orElse(DSL.noCondition()));
        where = where.and(query.exchangeInterface().map(kind -> EXCHANGE_ENTRY.EXCHANGE_INTERFACE.eq(kind.name()))
                .orElse(DSL.noCondition()));
        where = where.and(query.commentaire().map(EXCHANGE_ENTRY.COMMENTAIRE::containsIgnoreCase)
                .orElse(DSL.noCondition()));
        if (!query.bordereauxOnlyFor().isEmpty()) {
            where = where.and(EXCHANGE_ENTRY.EXCHANGE_INTERFACE.eq(ExchangeInterface.BORDEREAU_PAIEMENT.name())
                    .or(EXCHANGE_ENTRY.CONVENTION_ID.isNull())
                    .or(EXCHANGE_ENTRY.CONVENTION_ID.notIn(query.bordereauxOnlyFor())));
        }
        if (query.after().isPresent()) {
            Cursor cursor = query.after().get();
            var key = DSL.row(EXCHANGE_ENTRY.OCCURRED_AT, EXCHANGE_ENTRY.ID);
            where = where.and(query.ascending()
                    ? key.gt(Timestamps.column(cursor.occurredAt()), cursor.id())
                    : key.lt(Timestamps.column(cursor.occurredAt()), cursor.id()));
        }
        return database.current().selectFrom(EXCHANGE_ENTRY)
                .where(where)
                .orderBy(query.ascending()
                        ? List.of(EXCHANGE_ENTRY.OCCURRED_AT.asc(), EXCHANGE_ENTRY.ID.asc())
                        : List.of(EXCHANGE_ENTRY.OCCURRED_AT.desc(), EXCHANGE_ENTRY.ID.desc()))
                .limit(query.limit())
                .fetch(JooqExchangeHistory::entry);
    }

    @Override
    public int purgeBefore(Instant instant) {
        return database.current().deleteFrom(EXCHANGE_ENTRY)
                .where(EXCHANGE_ENTRY.OCCURRED_AT.lt(Timestamps.column(instant)))
                .execute();
    }

    private static ExchangeEntry entry(ExchangeEntryRecord row) {
        return new ExchangeEntry(row.getId(), Timestamps.instant(row.getOccurredAt()), row.getPeriodFrom(),
                row.getPeriodTo(), RegimeCode.of(row.getRegimeCode()), CaisseCode.of(row.getCaisseCode()),
                row.getApplication(), ExchangeInterface.valueOf(row.getExchangeInterface()), row.getCommentaire(),
                row.getPartnerId(), Optional.ofNullable(row.getConventionId()));
    }
}
