package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.application.account.EmailChanges;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryEmailChanges;
import fr.portailpartenaires.application.testing.InMemoryPartners;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryEmailChangesTest extends EmailChangesContract {

    private Partners partners;
    private EmailChanges changes;

    @Override
    protected void clear() {
        partners = new InMemoryPartners(new InMemoryAccounts());
        changes = new InMemoryEmailChanges();
    }

    @Override
    protected Partners partners() {
        return partners;
    }

    @Override
    protected EmailChanges emailChanges() {
        return changes;
    }
}
