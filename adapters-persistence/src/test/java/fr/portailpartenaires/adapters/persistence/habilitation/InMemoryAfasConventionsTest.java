package fr.portailpartenaires.adapters.persistence.habilitation;

import fr.portailpartenaires.application.habilitation.AfasConventions;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryAfasConventions;
import fr.portailpartenaires.application.testing.InMemoryPartners;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryAfasConventionsTest extends AfasConventionsContract {

    private InMemoryAccounts accounts;
    private InMemoryPartners partners;
    private InMemoryAfasConventions conventions;

    @Override
    protected void clear() {
        accounts = new InMemoryAccounts();
        partners = new InMemoryPartners(accounts);
        conventions = new InMemoryAfasConventions(accounts);
    }

    @Override
    protected AfasConventions afasConventions() {
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
}
