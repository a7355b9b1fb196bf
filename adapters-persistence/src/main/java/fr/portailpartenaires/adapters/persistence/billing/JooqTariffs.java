package fr.portailpartenaires.adapters.persistence.billing;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION_TARIFF_PERIOD;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.application.billing.Tariffs;
import fr.portailpartenaires.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Tariffs} in the table {@code convention_tariff_period}, in the caller's transaction. */
public final class JooqTariffs implements Tariffs {

    private final Database database;

    public JooqTariffs(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Money> on(UUID conventionId, LocalDate day) {
        return database.current().select(CONVENTION_TARIFF_PERIOD.AMOUNT_CENTS).from(CONVENTION_TARIFF_PERIOD)
                .where(CONVENTION_TARIFF_PERIOD.CONVENTION_ID.eq(conventionId))
                .and(CONVENTION_TARIFF_PERIOD.EFFECTIVE_FROM.le(day))
                .orderBy(CONVENTION_TARIFF_PERIOD.EFFECTIVE_FROM.desc())
                .limit(1)
                .fetchOptional(row -> new Money(row.value1()));
    }

    @Override
    public void set(UUID conventionId, Money tariff, LocalDate effectiveFrom) {
        database.current().insertInto(CONVENTION_TARIFF_PERIOD)
                .set(CONVENTION_TARIFF_PERIOD.CONVENTION_ID, conventionId)
                .set(CONVENTION_TARIFF_PERIOD.EFFECTIVE_FROM, effectiveFrom)
                .set(CONVENTION_TARIFF_PERIOD.AMOUNT_CENTS, tariff.cents())
                .onConflict(CONVENTION_TARIFF_PERIOD.CONVENTION_ID, CONVENTION_TARIFF_PERIOD.EFFECTIVE_FROM)
                .doUpdate()
                .set(CONVENTION_TARIFF_PERIOD.AMOUNT_CENTS, tariff.cents())
                .execute();
    }

    @Override
    public List<Period> history(UUID conventionId) {
        return database.current().select(CONVENTION_TARIFF_PERIOD.EFFECTIVE_FROM, CONVENTION_TARIFF_PERIOD.AMOUNT_CENTS)
                .from(CONVENTION_TARIFF_PERIOD)
                .where(CONVENTION_TARIFF_PERIOD.CONVENTION_ID.eq(conventionId))
                .orderBy(CONVENTION_TARIFF_PERIOD.EFFECTIVE_FROM)
                .fetch(row -> new Period(row.value1(), new Money(row.value2())));
    }
}
