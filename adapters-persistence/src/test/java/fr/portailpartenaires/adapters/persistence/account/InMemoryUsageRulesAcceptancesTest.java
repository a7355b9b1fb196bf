package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.account.UsageRulesAcceptances;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryPartners;
import fr.portailpartenaires.application.testing.InMemoryUsageRulesAcceptances;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryUsageRulesAcceptancesTest extends UsageRulesAcceptancesContract {

    private InMemoryAccounts accounts;
    private Partners partners;
    private UsageRulesAcceptances acceptances;

    @Override
    protected void clear() {
        accounts = new InMemoryAccounts();
        partners = new InMemoryPartners(accounts);
        acceptances = new InMemoryUsageRulesAcceptances();
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
    protected UsageRulesAcceptances usageRulesAcceptances() {
        return acceptances;
    }
}
