package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.convention.EtatConvention;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Conventions} in memory with an optimistic version, and the database's unique key on pending requests
 * (one pending request per partner and code); like the table, an update never moves a convention to another partner
 * or caisse.
 */
public final class InMemoryConventions implements Conventions {

    private final Map<ConventionId, Stored> conventions = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(Convention convention) {
        if (conventions.containsKey(convention.id())) {
            throw new IllegalStateException("Convention " + convention.id() + " is already stored");
        }
        if (convention instanceof Convention.EnAttenteDeValidation && conventions.values().stream()
                .map(Stored::convention)
                .anyMatch(other -> other instanceof Convention.EnAttenteDeValidation
                        && other.partnerId().equals(convention.partnerId()) && other.code().equals(convention.code()))) {
            return false;
        }
        conventions.put(convention.id(), new Stored(convention, 0));
        return true;
    }

    @Override
    public synchronized PartnerConventions of(PartnerId partner) {
        return PartnerConventions.of(partner.value(), conventions.values().stream()
                .map(Stored::convention)
                .filter(convention -> convention.partnerId().equals(partner.value()))
                .toList());
    }

    @Override
    public synchronized Optional<Stored> find(ConventionId id) {
        return Optional.ofNullable(conventions.get(id));
    }

    @Override
    public synchronized boolean update(Convention convention, long expectedVersion) {
        Stored stored = conventions.get(convention.id());
        if (stored == null || stored.version() != expectedVersion
                || !stored.convention().partnerId().equals(convention.partnerId())
                || !stored.convention().caisse().code().equals(convention.caisse().code())) {
            return false;
        }
        conventions.put(convention.id(), new Stored(convention, expectedVersion + 1));
        return true;
    }

    @Override
    public synchronized List<Convention.EnAttenteDeValidation> pendingOf(CaisseCode caisse,
            Optional<ConventionId> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one convention: " + limit);
        }
        Comparator<Convention> order = Comparator.comparing(Convention::requestedAt)
                .thenComparing(convention -> convention.id().value().toString());
        List<Convention.EnAttenteDeValidation> pending = conventions.values().stream()
                .map(Stored::convention)
                .filter(convention -> convention.caisse().code().equals(caisse))
                .filter(Convention.EnAttenteDeValidation.class::isInstance)
                .map(Convention.EnAttenteDeValidation.class::cast)
                .sorted(order)
                .toList();
        if (after.isEmpty()) {
            return pending.stream().limit(limit).toList();
        }
        Optional<Convention> cursor = Optional.ofNullable(conventions.get(after.get())).map(Stored::convention);
        return cursor.map(from -> pending.stream().filter(convention -> order.compare(convention, from) > 0)
                        .limit(limit).toList())
                .orElse(List.of());
    }

    @Override
    public synchronized List<Convention> ofCaisse(CaisseCode caisse, Optional<PartnerType> type,
            Optional<EtatConvention> etat, LocalDate today, Optional<ConventionId> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one convention: " + limit);
        }
        Comparator<Convention> order = Comparator.comparing(Convention::requestedAt)
                .thenComparing(convention -> convention.id().value().toString());
        List<Convention> found = conventions.values().stream()
                .map(Stored::convention)
                .filter(convention -> convention.caisse().code().equals(caisse))
                .filter(convention -> type.map(t -> convention.partnerType() == t).orElse(true))
                .filter(convention -> etat.map(e -> convention.etat(today) == e).orElse(true))
                .sorted(order)
                .toList();
        Optional<Convention> cursor = after.map(id -> conventions.get(id)).map(Stored::convention);
        if (after.isPresent() && cursor.isEmpty()) {
            return List.of();
        }
        return found.stream().filter(convention -> cursor.map(from -> order.compare(convention, from) > 0).orElse(true))
                .limit(limit).toList();
    }

    /** Every stored convention, whatever its partner or état. */
    public synchronized List<Convention> all() {
        return conventions.values().stream().map(Stored::convention).toList();
    }

    public synchronized int size() {
        return conventions.size();
    }
}
