package fr.portailpartenaires.adapters.persistence.habitat;

import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.convention.JooqConventions;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.habitat.InterventionOrders;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;

/** {@link InterventionOrdersContract} on the database: the keyset list is the SQL of the V11 indexes. */
abstract class JooqInterventionOrdersContract extends InterventionOrdersContract {

    protected abstract Database database();

    @Override
    protected void clear() {
        Fixtures.clear(database());
    }

    @Override
    protected InterventionOrders interventionOrders() {
        return new JooqInterventionOrders(database());
    }

    @Override
    protected Partners partners() {
        return new JooqPartners(database(), Fixtures.CLOCK);
    }

    @Override
    protected Accounts accounts() {
        return new JooqAccounts(database(), Fixtures.CLOCK);
    }

    @Override
    protected Conventions conventions() {
        return new JooqConventions(database());
    }
}
