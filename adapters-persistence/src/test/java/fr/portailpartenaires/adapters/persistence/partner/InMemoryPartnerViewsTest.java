package fr.portailpartenaires.adapters.persistence.partner;

import fr.portailpartenaires.application.partner.PartnerViews;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.testing.InMemoryAccounts;
import fr.portailpartenaires.application.testing.InMemoryConventions;
import fr.portailpartenaires.application.testing.InMemoryPartnerViews;
import fr.portailpartenaires.application.testing.InMemoryPartners;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryPartnerViewsTest extends PartnerViewsContract {

    private Partners partners;
    private Conventions conventions;

    @Override
    protected void clear() {
        partners = new InMemoryPartners(new InMemoryAccounts());
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
    protected Conventions conventions() {
        return conventions;
    }
}
