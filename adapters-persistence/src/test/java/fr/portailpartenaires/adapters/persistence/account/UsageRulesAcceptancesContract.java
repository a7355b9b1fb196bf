package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.account.UsageRulesAcceptances;
import fr.portailpartenaires.application.account.UsageRulesAcceptances.Acceptance;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The usage rules each account accepted (CAF profile): every version kept, per account. */
abstract class UsageRulesAcceptancesContract {

    /** Empties the stores: each test starts from the reference data only. */
    protected abstract void clear();

    protected abstract Partners partners();

    /** The accounts the partners\' users are, opened after their partner as a use case opens them. */
    protected abstract Accounts accounts();

    protected abstract UsageRulesAcceptances usageRulesAcceptances();

    UsageRulesAcceptances acceptances;
    UserId alex7;

    @BeforeEach
    void aPartnerUser() {
        clear();
        Partner cielBleu = Fixtures.cielBleu();
        Fixtures.store(partners(), accounts(), cielBleu);
        alex7 = cielBleu.users().getFirst().id();
        acceptances = usageRulesAcceptances();
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
}
