package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.testing.PortalFixture;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static fr.portailpartenaires.application.testing.PortalFixture.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.account.Authenticate.LoggedIn;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.account.UsageRulesAcceptances.Acceptance;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** CAF profile: the usage rules are accepted at first login and after each new version (spec §2.2). */
class AcceptUsageRulesTest {

    private static final String VERSION = "2025-01";
    private static final String CHOSEN = "Soleil2025";

    private final PortalFixture portal = new PortalFixture();
    private PortalFixture.ValidatedPartner seed;

    private AuthenticationService authentication(PortalSettings settings) {
        return new AuthenticationService(portal.support, portal.accountPorts(settings), portal.loginThrottling,
                portal.referenceData);
    }

    private UsageRulesService rules(PortalSettings settings) {
        return new UsageRulesService(portal.support, portal.accountPorts(settings));
    }

    private final PortalSettings caf = PortalSettings.PPAS.withUsageRules(VERSION);
    private final AuthenticationService authentication = authentication(caf);
    private final UsageRulesService rules = rules(caf);

    private Principal principalOf(LoggedIn loggedIn) {
        return authentication.resolve(loggedIn.sessionId()).orElseThrow();
    }

    @BeforeEach
    void aPartnerAdministratorWithAChosenPassword() {
        seed = portal.validatedSeed();
        portal.accounts.setPassword(seed.administrator(), portal.hasher.hash(CHOSEN), java.util.Optional.empty(), false);
    }

    @Nested
    class At_first_login {

        @Test
        void the_answer_asks_for_the_version_in_force_and_every_other_use_case_refuses() {
            LoggedIn loggedIn = done(authentication.login("Alex7", CHOSEN, FROM));

            assertThat(loggedIn.usageRulesToAccept()).contains(VERSION);
            assertThat(loggedIn.mustAcceptRules()).isTrue();
            Principal principal = principalOf(loggedIn);
            assertThat(principal.mustAcceptRules()).isTrue();
            assertThat(refused(portal.myPartner.view(principal), Reason.FORBIDDEN).refusal())
                    .isEqualTo(Principal.RULES_ACCEPTANCE_REQUIRED);
        }

        @Test
        void accepting_records_the_version_and_goes_on_under_a_new_session_id() {
            LoggedIn loggedIn = done(authentication.login("Alex7", CHOSEN, FROM));
            portal.clock.advance(Duration.ofMinutes(2));

            LoggedIn accepted = done(rules.accept(principalOf(loggedIn), VERSION, FROM));

            assertThat(accepted.sessionId()).isNotEqualTo(loggedIn.sessionId());
            assertThat(accepted.mustAcceptRules()).isFalse();
            assertThat(authentication.resolve(loggedIn.sessionId())).isEmpty();
            assertThat(done(portal.myPartner.view(principalOf(accepted))).nom()).isEqualTo("Association Ciel Bleu");
            assertThat(portal.acceptances.of(seed.administrator()))
                    .containsExactly(new Acceptance(seed.administrator(), VERSION, portal.clock.instant()));
            assertThat(portal.audit.events(AuditAction.USAGE_RULES_ACCEPTED)).singleElement()
                    .satisfies(event -> assertThat(event.details()).containsEntry("version", VERSION));
        }

        @Test
        void another_version_than_the_one_in_force_is_refused_and_nothing_is_recorded() {
            LoggedIn loggedIn = done(authentication.login("Alex7", CHOSEN, FROM));

            assertThat(invalid(rules.accept(principalOf(loggedIn), "2024-01", FROM))).containsOnlyKeys("version");

            assertThat(portal.acceptances.of(seed.administrator())).isEmpty();
            assertThat(principalOf(loggedIn).mustAcceptRules()).isTrue();
        }

        @Test
        void with_a_temporary_password_both_obligations_are_met_in_either_order() {
            String temporary = seed.temporaryPassword();
            portal.accounts.setPassword(seed.administrator(), portal.hasher.hash(temporary),
                    java.util.Optional.of(portal.clock.instant().plus(Duration.ofHours(1))), true);
            LoggedIn loggedIn = done(authentication.login("Alex7", temporary, FROM));

            LoggedIn accepted = done(rules.accept(principalOf(loggedIn), VERSION, FROM));
            assertThat(accepted.mustChangePassword()).isTrue();
            assertThat(refused(portal.myPartner.view(principalOf(accepted)), Reason.FORBIDDEN).refusal())
                    .isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
            LoggedIn changed = done(authentication.changePassword(principalOf(accepted), temporary, "Nouveau2026",
                    "Nouveau2026", FROM));

            done(portal.myPartner.view(principalOf(changed)));
        }
    }

    @Nested
    class Later_logins {

        @Test
        void ask_nothing_once_the_version_in_force_is_accepted() {
            done(rules.accept(principalOf(done(authentication.login("Alex7", CHOSEN, FROM))), VERSION, FROM));

            LoggedIn next = done(authentication.login("Alex7", CHOSEN, FROM));

            assertThat(next.usageRulesToAccept()).isEmpty();
            done(portal.myPartner.view(principalOf(next)));
        }

        @Test
        void ask_again_when_a_new_version_is_published() {
            done(rules.accept(principalOf(done(authentication.login("Alex7", CHOSEN, FROM))), VERSION, FROM));
            PortalSettings newRules = PortalSettings.PPAS.withUsageRules("2025-06");

            LoggedIn next = done(authentication(newRules).login("Alex7", CHOSEN, FROM));

            assertThat(next.usageRulesToAccept()).contains("2025-06");
            done(rules(newRules).accept(principalOf(next), "2025-06", FROM));
            assertThat(portal.acceptances.of(seed.administrator())).extracting(Acceptance::version)
                    .containsExactly(VERSION, "2025-06");
        }
    }

    @Nested
    class Who_is_asked {

        @Test
        void not_a_caisse_administrator() {
            portal.carsatAdministrator();

            assertThat(done(authentication.login("carsat62", "Carsat2025", FROM)).usageRulesToAccept()).isEmpty();
        }

        @Test
        void nobody_on_a_profile_without_usage_rules() {
            LoggedIn loggedIn = done(portal.authentication.login("Alex7", CHOSEN, FROM));

            assertThat(loggedIn.usageRulesToAccept()).isEmpty();
            assertThat(refused(portal.authentication.resolve(loggedIn.sessionId())
                    .map(p -> rules(portal.settings).accept(p, VERSION, FROM)).orElseThrow(), Reason.UNPROCESSABLE)
                    .refusal()).isEqualTo(UsageRulesService.NOTHING_TO_ACCEPT);
        }
    }
}
