package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.application.shared.Accounts;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.USAGE_RULES_ACCEPTANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.account.UsageRulesAcceptances;
import fr.portailpartenaires.application.account.UsageRulesAcceptances.Acceptance;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.user.UserId;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** {@link UsageRulesAcceptancesContract} on a database, whose foreign key ties an acceptance to its account. */
abstract class JooqUsageRulesAcceptancesContract extends UsageRulesAcceptancesContract {

    protected abstract Database database();

    @Override
    protected void clear() {
        database().dsl().deleteFrom(USAGE_RULES_ACCEPTANCE).execute();
        Fixtures.clear(database());
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
    protected UsageRulesAcceptances usageRulesAcceptances() {
        return new JooqUsageRulesAcceptances(database());
    }

    @Test
    void an_acceptance_belongs_to_an_existing_account_and_goes_with_it() {
        assertThatThrownBy(() -> acceptances.record(new Acceptance(UserId.random(), "2025-01", NOW)))
                .isInstanceOf(DataAccessException.class);
        acceptances.record(new Acceptance(alex7, "2025-01", NOW));

        Fixtures.clear(database());

        assertThat(acceptances.of(alex7)).isEmpty();
    }
}
