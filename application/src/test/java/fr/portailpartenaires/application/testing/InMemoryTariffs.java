package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.billing.Tariffs;
import fr.portailpartenaires.domain.shared.Money;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Tariffs} in memory. */
public final class InMemoryTariffs implements Tariffs {

    private final Map<UUID, Money> tariffs = new HashMap<>();

    @Override
    public synchronized Optional<Money> of(UUID conventionId) {
        return Optional.ofNullable(tariffs.get(conventionId));
    }

    @Override
    public synchronized void set(UUID conventionId, Money tariff) {
        tariffs.put(conventionId, tariff);
    }
}
