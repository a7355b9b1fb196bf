package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.account.EmailChanges;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryEmailChanges;
import fr.portailpartenaires.application.testing.InMemoryPartners;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryEmailChangesTest extends EmailChangesContract {

    private InMemoryAccounts accounts;
    private Partners partners;
    private EmailChanges changes;

    @Override
    protected void clear() {
        accounts = new InMemoryAccounts();
        partners = new InMemoryPartners(accounts);
        changes = new InMemoryEmailChanges();
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
    protected EmailChanges emailChanges() {
        return changes;
    }
}
