package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.habitat.InterventionOrders;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.habitat.VisitCertificate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link InterventionOrders} in memory, with the database's order: the sort key, then the id. */
public final class InMemoryInterventionOrders implements InterventionOrders {

    private final Map<UUID, Stored> orders = new LinkedHashMap<>();

    @Override
    public synchronized void add(InterventionOrder order) {
        if (orders.putIfAbsent(order.id(), new Stored(order, order.newFile(), 0)) != null) {
            throw new IllegalStateException("Duplicate order " + order.id());
        }
    }

    @Override
    public synchronized Optional<Stored> find(UUID orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public synchronized boolean update(InterventionFile file, long expectedVersion) {
        Stored stored = orders.get(file.orderId());
        if (stored == null || stored.version() != expectedVersion
                || !stored.order().conventionId().equals(file.conventionId())) {
            return false;
        }
        orders.put(file.orderId(), new Stored(stored.order(), file, expectedVersion + 1));
        return true;
    }

    @Override
    public synchronized List<Stored> page(Query query, Optional<Position> after, int limit) {
        Comparator<Key> order = Comparator.<Key, Boolean>comparing(Key::sentPart)
                .thenComparing(Key::nirPart).thenComparing(Key::date).thenComparing(key -> key.id().toString());
        Comparator<Key> direction = query.descending() ? order.reversed() : order;
        Optional<Key> from;
        if (after.isPresent()) {
            Stored last = orders.get(after.get().id());
            if (last == null || !last.order().conventionId().equals(query.conventionId())) {
                return List.of();
            }
            from = Optional.of(key(query, last.order(), after.get().sent(), after.get().dateDeCommande()));
        } else {
            from = Optional.empty();
        }
        return orders.values().stream()
                .filter(stored -> stored.order().conventionId().equals(query.conventionId()))
                .filter(stored -> matches(query, stored))
                .filter(stored -> query.nir().map(nir -> stored.order().retiree().nir().equals(nir)).orElse(true))
                .filter(stored -> from.map(start -> direction.compare(key(query, stored), start) > 0).orElse(true))
                .sorted(Comparator.comparing(stored -> key(query, stored), direction))
                .limit(limit)
                .toList();
    }

    private static boolean matches(Query query, Stored stored) {
        InterventionFile file = stored.file();
        return switch (query.filter()) {
            case OUVERTS -> file.isOpen();
            case VISITE_A_FAIRE -> file.isVisiteAFaire();
            case RELANCE -> !sent(file) && !file.dateDeCommande().isAfter(query.relanceUpTo());
            case CLOS -> file.isClos();
        };
    }

    private static boolean sent(InterventionFile file) {
        return file.certificate() instanceof VisitCertificate.Transmise
                || file.certificate() instanceof VisitCertificate.SansSuite;
    }

    private static Key key(Query query, Stored stored) {
        return key(query, stored.order(), sent(stored.file()), stored.order().dateDeCommande());
    }

    /** The sort key as the database orders it: only the parts the query's sort uses are set. */
    private static Key key(Query query, InterventionOrder order, boolean sent, java.time.LocalDate date) {
        return switch (query.sort()) {
            case NIR -> new Key(false, order.retiree().nir().value(), java.time.LocalDate.MIN, order.id());
            case DATE_DE_COMMANDE -> new Key(false, "", date, order.id());
            case RELANCE -> new Key(query.filter() == Filter.OUVERTS && sent, "", date, order.id());
        };
    }

    private record Key(boolean sentPart, String nirPart, java.time.LocalDate date, UUID id) {
    }
}
