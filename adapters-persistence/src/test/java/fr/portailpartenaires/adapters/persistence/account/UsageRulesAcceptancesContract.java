package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.USAGE_RULES_ACCEPTANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.account.UsageRulesAcceptances;
import fr.portailpartenaires.application.account.UsageRulesAcceptances.Acceptance;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The usage rules each account accepted (CAF profile): every version kept, per account. */
abstract class UsageRulesAcceptancesContract {

    protected abstract Database database();

    private UsageRulesAcceptances acceptances;
    private UserId alex7;

    @BeforeEach
    void aPartnerUser() {
        database().dsl().deleteFrom(USAGE_RULES_ACCEPTANCE).execute();
        Fixtures.clear(database());
        Partner cielBleu = Fixtures.cielBleu();
        new JooqPartners(database(), Fixtures.CLOCK).add(cielBleu);
        alex7 = cielBleu.users().getFirst().id();
        acceptances = new JooqUsageRulesAcceptances(database());
    }

    @Test
    void an_acceptance_is_found_for_its_account_and_version_only() {
        acceptances.record(new Acceptance(alex7, "2025-01", NOW));

        assertThat(acceptances.hasAccepted(alex7, "2025-01")).isTrue();
        assertThat(acceptances.hasAccepted(alex7, "2025-06")).isFalse();
        assertThat(acceptances.hasAccepted(UserId.random(), "2025-01")).isFalse();
    }

    @Test
    void every_version_is_kept_oldest_first_and_accepting_one_again_keeps_the_first_time() {
        acceptances.record(new Acceptance(alex7, "2025-01", NOW));
        acceptances.record(new Acceptance(alex7, "2025-06", NOW.plus(Duration.ofDays(90))));
        acceptances.record(new Acceptance(alex7, "2025-01", NOW.plus(Duration.ofDays(100))));

        assertThat(acceptances.of(alex7)).containsExactly(new Acceptance(alex7, "2025-01", NOW),
                new Acceptance(alex7, "2025-06", NOW.plus(Duration.ofDays(90))));
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
