package fr.portailpartenaires.adapters.persistence.partner;

import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.convention.JooqConventions;
import fr.portailpartenaires.application.partner.PartnerViews;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;

/** {@link PartnerViewsContract} on the database: the read model's queries against the aggregates' rows. */
abstract class JooqPartnerViewsContract extends PartnerViewsContract {

    protected abstract Database database();

    @Override
    protected void clear() {
        Fixtures.clear(database());
    }

    @Override
    protected PartnerViews partnerViews() {
        return new JooqPartnerViews(database());
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
