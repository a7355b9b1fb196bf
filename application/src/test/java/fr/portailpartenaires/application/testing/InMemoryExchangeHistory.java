package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.domain.exchange.ExchangeEntry;
import fr.portailpartenaires.domain.exchange.ExchangeInterface;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@link ExchangeHistory} in memory, with the same filters, order and pages as the table (ids compare as their text,
 * as in the databases).
 */
public final class InMemoryExchangeHistory implements ExchangeHistory {

    private final List<ExchangeEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(ExchangeEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<ExchangeEntry> search(Query query) {
        Comparator<ExchangeEntry> order = Comparator.comparing(ExchangeEntry::occurredAt)
                .thenComparing(entry -> entry.id().toString());
        Comparator<ExchangeEntry> sort = query.ascending() ? order : order.reversed();
        return entries.stream()
                .filter(entry -> !entry.occurredAt().isBefore(query.from()) && entry.occurredAt().isBefore(query.to()))
                .filter(entry -> query.partner().map(entry.partnerId()::equals).orElse(true))
                .filter(entry -> query.regime().map(entry.regime()::equals).orElse(true))
                .filter(entry -> query.caisse().map(entry.caisse()::equals).orElse(true))
                .filter(entry -> query.convention().map(id -> entry.conventionId().filter(id::equals).isPresent())
                        .orElse(true))
                .filter(entry -> query.exchangeInterface().map(entry.exchangeInterface()::equals).orElse(true))
                .filter(entry -> query.commentaire().map(text -> entry.commentaire().toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT))).orElse(true))
                .filter(entry -> entry.exchangeInterface() == ExchangeInterface.BORDEREAU_PAIEMENT
                        || entry.conventionId().filter(query.bordereauxOnlyFor()::contains).isEmpty())
                .filter(entry -> query.after().map(cursor -> {
                    int compared = entry.occurredAt().compareTo(cursor.occurredAt()) != 0
                            ? entry.occurredAt().compareTo(cursor.occurredAt())
                            : entry.id().toString().compareTo(cursor.id().toString());
                    return query.ascending() ? compared > 0 : compared < 0;
                }).orElse(true))
                .sorted(sort)
                .limit(query.limit())
                .toList();
    }

    @Override
    public synchronized int purgeBefore(Instant instant) {
        int before = entries.size();
        entries.removeIf(entry -> entry.occurredAt().isBefore(instant));
        return before - entries.size();
    }

    public synchronized List<ExchangeEntry> all() {
        return List.copyOf(entries);
    }
}
