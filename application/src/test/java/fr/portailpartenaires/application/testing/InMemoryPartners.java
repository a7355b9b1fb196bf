package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Partners} in memory with an optimistic version. Like the database, it reads the users from their accounts
 * ({@link InMemoryAccounts}, by login key) and writes only their administrator right there, never their identity.
 */
public final class InMemoryPartners implements Partners, DirectTransactions.Snapshots {

    private final Map<PartnerId, Partner> partners = new LinkedHashMap<>();
    private final InMemoryAccounts accounts;

    public InMemoryPartners(InMemoryAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized void add(Partner partner) {
        if (partners.containsKey(partner.id())) {
            throw new IllegalStateException("Partner " + partner.id() + " is already stored");
        }
        partners.put(partner.id(), partner);
        storeRights(partner);
    }

    @Override
    public synchronized Optional<Partner> find(PartnerId id) {
        return Optional.ofNullable(partners.get(id)).map(stored -> new Partner(stored.id(), stored.name(),
                stored.siret(), stored.phone(), stored.email(), stored.address(), accounts.usersOf(id),
                stored.version()));
    }

    @Override
    public synchronized boolean update(Partner partner) {
        Partner stored = partners.get(partner.id());
        if (stored == null || stored.version() != partner.version()) {
            return false;
        }
        partners.put(partner.id(), new Partner(partner.id(), partner.name(), partner.siret(), partner.phone(),
                partner.email(), partner.address(), partner.users(), partner.version() + 1));
        storeRights(partner);
        return true;
    }

    /** The administrator right of each user who has an account. */
    private void storeRights(Partner partner) {
        partner.users().forEach(user -> accounts.setAdministrator(partner.id(), user.id(), user.administrator()));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<PartnerId, Partner> saved = new LinkedHashMap<>(partners);
        return () -> {
            synchronized (this) {
                partners.clear();
                partners.putAll(saved);
            }
        };
    }

    public synchronized int size() {
        return partners.size();
    }
}
