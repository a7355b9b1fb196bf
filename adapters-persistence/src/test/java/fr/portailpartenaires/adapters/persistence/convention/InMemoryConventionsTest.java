package fr.portailpartenaires.adapters.persistence.convention;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.ConventionNumberUse;
import fr.portailpartenaires.application.testing.InMemoryConventionNumberUse;
import fr.portailpartenaires.application.testing.InMemoryRegistrations;

import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryConventions;
import fr.portailpartenaires.application.testing.InMemoryPartners;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryConventionsTest extends ConventionsContract {

    private InMemoryConventions conventions;
    private InMemoryAccounts accounts;
    private Partners partners;

    @Override
    protected void clear() {
        conventions = new InMemoryConventions();
        accounts = new InMemoryAccounts();
        partners = new InMemoryPartners(accounts);
    }

    @Override
    protected Conventions conventions() {
        return conventions;
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
    protected ConventionNumberUse numberUse() {
        return new InMemoryConventionNumberUse(new InMemoryRegistrations(), conventions);
    }
}
