package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerUser;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Partners} in memory with an optimistic version; the partner's users get their accounts in
 * {@link InMemoryAccounts}. Like the database, it gives the users back ordered by login key.
 */
public final class InMemoryPartners implements Partners {

    private final Map<PartnerId, Partner> partners = new LinkedHashMap<>();
    private final InMemoryAccounts accounts;

    public InMemoryPartners(InMemoryAccounts accounts) {
        this.accounts = accounts;
        accounts.keepInStepWith(this);
    }

    /** What {@link InMemoryAccounts#setEmail} does to the partner: the user's address, and a new version. */
    public synchronized void userEmailChanged(PartnerId partnerId, fr.portailpartenaires.domain.user.UserId user,
            fr.portailpartenaires.domain.shared.EmailAddress email) {
        Partner stored = partners.get(partnerId);
        var users = stored.users().stream()
                .map(u -> u.id().equals(user) ? new fr.portailpartenaires.domain.partner.PartnerUser(u.id(), u.login(),
                        u.lastName(), u.firstName(), u.phone(), email, u.administrator()) : u)
                .toList();
        partners.put(partnerId, new Partner(stored.id(), stored.name(), stored.siret(), stored.phone(), stored.email(),
                stored.address(), users, stored.version() + 1));
    }

    @Override
    public synchronized void add(Partner partner) {
        if (partners.containsKey(partner.id())) {
            throw new IllegalStateException("Partner " + partner.id() + " is already stored");
        }
        accounts.syncPartner(partner);
        partners.put(partner.id(), withUsersByLoginKey(partner, partner.version()));
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
        Partner next = withUsersByLoginKey(partner, partner.version() + 1);
        accounts.syncPartner(next);
        partners.put(partner.id(), next);
        return true;
    }

    private static Partner withUsersByLoginKey(Partner partner, long version) {
        return new Partner(partner.id(), partner.name(), partner.siret(), partner.phone(), partner.email(),
                partner.address(), partner.users().stream()
                        .sorted(Comparator.comparing((PartnerUser user) -> user.login().key())).toList(),
                version);
    }

    public synchronized int size() {
        return partners.size();
    }
}
