package fr.portailpartenaires.adapters.persistence.billing;

import fr.portailpartenaires.adapters.persistence.Database;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION_TARIFF;

import fr.portailpartenaires.application.billing.Tariffs;
import fr.portailpartenaires.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/** {@link Tariffs} in table {@code convention_tariff}. */
public final class JooqTariffs implements Tariffs {

    private final Database database;

    public JooqTariffs(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Money> of(UUID conventionId) {
        return database.current().select(CONVENTION_TARIFF.AMOUNT_CENTS).from(CONVENTION_TARIFF)
                .where(CONVENTION_TARIFF.CONVENTION_ID.eq(conventionId))
                .fetchOptional(row -> new Money(row.value1()));
    }

    @Override
    public void set(UUID conventionId, Money tariff) {
        database.current().insertInto(CONVENTION_TARIFF)
                .set(CONVENTION_TARIFF.CONVENTION_ID, conventionId)
                .set(CONVENTION_TARIFF.AMOUNT_CENTS, tariff.cents())
                .onConflict(CONVENTION_TARIFF.CONVENTION_ID)
                .doUpdate()
                .set(CONVENTION_TARIFF.AMOUNT_CENTS, tariff.cents())
                .execute();
    }
}
