package fr.portailpartenaires.application.service;

import fr.portailpartenaires.application.port.out.Conventions;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.PartnerId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link Conventions} in memory, per partner. */
final class InMemoryConventions implements Conventions {

    private final Map<UUID, List<Convention>> byPartner = new LinkedHashMap<>();

    @Override
    public synchronized void add(Convention convention) {
        List<Convention> of = byPartner.computeIfAbsent(convention.partnerId(), id -> new ArrayList<>());
        if (of.stream().anyMatch(c -> c.id().equals(convention.id()))) {
            throw new IllegalStateException("Convention " + convention.id() + " is already stored");
        }
        of.add(convention);
    }

    @Override
    public synchronized PartnerConventions of(PartnerId partner) {
        return PartnerConventions.of(partner.value(), byPartner.getOrDefault(partner.value(), List.of()));
    }

    synchronized int size() {
        return byPartner.values().stream().mapToInt(List::size).sum();
    }
}
