package fr.portailpartenaires.adapters.persistence.partner;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryPartners;
import fr.portailpartenaires.domain.partner.PartnerId;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryPartnersTest extends PartnersContract {

    private InMemoryAccounts accounts;
    private InMemoryPartners partners;

    @Override
    protected void clear() {
        accounts = new InMemoryAccounts();
        partners = new InMemoryPartners(accounts);
    }

    @Override
    protected Partners partners() {
        return partners;
    }

    @Override
    protected Accounts accounts() {
        return accounts;
    }

    @Override
    protected int accountsOf(PartnerId partner) {
        return accounts.accountsOf(partner);
    }

    @Override
    protected long storedVersion(PartnerId partner) {
        return partners.find(partner).orElseThrow().version();
    }
}
