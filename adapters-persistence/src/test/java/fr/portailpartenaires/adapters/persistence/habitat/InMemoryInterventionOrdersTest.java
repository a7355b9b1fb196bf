package fr.portailpartenaires.adapters.persistence.habitat;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.habitat.InterventionOrders;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryConventions;
import fr.portailpartenaires.application.testing.InMemoryInterventionOrders;
import fr.portailpartenaires.application.testing.InMemoryPartners;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryInterventionOrdersTest extends InterventionOrdersContract {

    private InterventionOrders orders;
    private InMemoryAccounts accounts;
    private Partners partners;
    private Conventions conventions;

    @Override
    protected void clear() {
        orders = new InMemoryInterventionOrders();
        accounts = new InMemoryAccounts();
        partners = new InMemoryPartners(accounts);
        conventions = new InMemoryConventions();
    }

    @Override
    protected InterventionOrders interventionOrders() {
        return orders;
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
    protected Conventions conventions() {
        return conventions;
    }
}
