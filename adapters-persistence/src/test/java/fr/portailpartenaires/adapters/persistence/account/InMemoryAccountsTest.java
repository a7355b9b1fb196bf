package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryPartners;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryAccountsTest extends AccountsContract {

    private InMemoryAccounts accounts;
    private InMemoryPartners partners;

    @Override
    protected void clear() {
        accounts = new InMemoryAccounts();
        partners = new InMemoryPartners(accounts);
    }

    @Override
    protected Accounts accounts() {
        return accounts;
    }

    @Override
    protected Partners partners() {
        return partners;
    }
}
