package fr.portailpartenaires.application.service;

import fr.portailpartenaires.application.port.out.Partners;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Partners} in memory with an optimistic version; the partner's users get their accounts in {@link InMemoryAccounts}. */
final class InMemoryPartners implements Partners {

    private final Map<PartnerId, Partner> partners = new LinkedHashMap<>();
    private final InMemoryAccounts accounts;

    InMemoryPartners(InMemoryAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized void add(Partner partner) {
        if (partners.containsKey(partner.id())) {
            throw new IllegalStateException("Partner " + partner.id() + " is already stored");
        }
        accounts.syncPartner(partner);
        partners.put(partner.id(), partner);
    }

    @Override
    public synchronized Optional<Partner> find(PartnerId id) {
        return Optional.ofNullable(partners.get(id));
    }

    @Override
    public synchronized boolean update(Partner partner) {
        Partner stored = partners.get(partner.id());
        if (stored == null || stored.version() != partner.version()) {
            return false;
        }
        Partner next = new Partner(partner.id(), partner.name(), partner.siret(), partner.phone(), partner.email(),
                partner.address(), partner.users(), partner.version() + 1);
        accounts.syncPartner(next);
        partners.put(partner.id(), next);
        return true;
    }

    synchronized int size() {
        return partners.size();
    }
}
