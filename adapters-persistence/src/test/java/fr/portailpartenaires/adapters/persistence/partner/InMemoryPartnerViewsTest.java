package fr.portailpartenaires.adapters.persistence.partner;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.partner.PartnerViews;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryConventions;
import fr.portailpartenaires.application.testing.InMemoryPartnerViews;
import fr.portailpartenaires.application.testing.InMemoryPartners;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryPartnerViewsTest extends PartnerViewsContract {

    private InMemoryAccounts accounts;
    private Partners partners;
    private Conventions conventions;

    @Override
    protected void clear() {
        accounts = new InMemoryAccounts();
        partners = new InMemoryPartners(accounts);
        conventions = new InMemoryConventions();
    }

    @Override
    protected PartnerViews partnerViews() {
        return new InMemoryPartnerViews(partners, conventions);
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
