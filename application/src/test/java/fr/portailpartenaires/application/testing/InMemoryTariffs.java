package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.billing.Tariffs;
import fr.portailpartenaires.domain.shared.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** {@link Tariffs} in memory: each convention's fees by effective date. */
public final class InMemoryTariffs implements Tariffs {

    private final Map<UUID, TreeMap<LocalDate, Money>> tariffs = new HashMap<>();

    @Override
    public synchronized Optional<Money> on(UUID conventionId, LocalDate day) {
        return Optional.ofNullable(tariffs.getOrDefault(conventionId, new TreeMap<>()).floorEntry(day))
                .map(Map.Entry::getValue);
    }

    @Override
    public synchronized void set(UUID conventionId, Money tariff, LocalDate effectiveFrom) {
        tariffs.computeIfAbsent(conventionId, id -> new TreeMap<>()).put(effectiveFrom, tariff);
    }

    @Override
    public synchronized List<Period> history(UUID conventionId) {
        return tariffs.getOrDefault(conventionId, new TreeMap<>()).entrySet().stream()
                .map(entry -> new Period(entry.getKey(), entry.getValue()))
                .toList();
    }
}
