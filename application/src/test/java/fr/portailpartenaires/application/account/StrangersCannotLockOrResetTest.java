package fr.portailpartenaires.application.account;

import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static fr.portailpartenaires.application.testing.PortalFixture.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.account.Authenticate.LoggedIn;
import fr.portailpartenaires.application.account.ForgottenPassword.Request;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.application.testing.ScriptedCaptcha;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, findings 1 and 2: what a stranger who knows a login (and its e-mail) can no longer do to its owner —
 * keep them locked out by failing on purpose, or make their password stop working by asking for a new one.
 */
class StrangersCannotLockOrResetTest {

    private static final String EMAIL = "alexandre.grizzi@ciel-bleu.example";
    private static final String CHOSEN = "Soleil2025";
    private static final String STRANGER = "198.51.100.66";

    private final PortalFixture portal = new PortalFixture();

    @BeforeEach
    void aPartnerWhoseAdministratorChoseAPassword() {
        PortalFixture.ValidatedPartner seed = portal.validatedSeed();
        LoggedIn first = done(portal.authentication.login("Alex7", seed.temporaryPassword(), FROM));
        done(portal.authentication.changePassword(portal.authentication.resolve(first.sessionId()).orElseThrow(),
                seed.temporaryPassword(), CHOSEN, CHOSEN, FROM));
    }

    private void strangerFails(int times, String from) {
        for (int i = 0; i < times; i++) {
            portal.authentication.login("Alex7", "Devine" + i, from);
        }
    }

    @Nested
    class Failing_on_purpose {

        @Test
        void five_failures_from_a_strangers_address_do_not_lock_the_owner_out_of_their_own() {
            strangerFails(5, STRANGER);

            assertThat(refused(portal.authentication.login("Alex7", "Devine", STRANGER), Reason.TOO_MANY_REQUESTS))
                    .isNotNull();
            done(portal.authentication.login("Alex7", CHOSEN, FROM));
        }
    }

    @Nested
    class Asking_for_a_new_password {

        @Test
        void leaves_the_current_password_and_the_open_sessions_working_until_the_temporary_one_is_used() {
            LoggedIn open = done(portal.authentication.login("Alex7", CHOSEN, FROM));

            done(portal.passwordReset.request(new Request("Alex7", EMAIL, portal.captcha.issue(),
                    ScriptedCaptcha.ANSWER), STRANGER));

            assertThat(portal.authentication.resolve(open.sessionId())).isPresent();
            done(portal.authentication.login("Alex7", CHOSEN, FROM));
            assertThat(portal.templates.rendered(MailParameters.MotDePasseOublie.class)).hasSize(1);
        }
    }

    @Nested
    class Failing_from_many_places {

        private String ownersBrowser;

        @BeforeEach
        void theOwnerLoggedInFromTheirBrowserOnce() {
            ownersBrowser = done(portal.authentication.login("Alex7", CHOSEN, FROM)).deviceCookie().orElseThrow();
        }

        private void strangersFailFromTenAddresses() {
            for (int i = 0; i < 10; i++) {
                strangerFails(1, "198.51.100." + i);
            }
        }

        @Test
        void does_not_hold_the_owners_browser() {
            strangersFailFromTenAddresses();

            refused(portal.authentication.login("Alex7", CHOSEN, "192.0.2.77"), Reason.TOO_MANY_REQUESTS);
            LoggedIn owner = done(portal.authentication.login("Alex7", CHOSEN, "192.0.2.77",
                    java.util.Optional.of(ownersBrowser)));
            assertThat(owner.deviceCookie()).contains(ownersBrowser);
        }

        @Test
        void lets_the_owner_in_with_a_forgotten_passwords_temporary_one_from_a_new_browser() {
            strangersFailFromTenAddresses();
            done(portal.passwordReset.request(new Request("Alex7", EMAIL, portal.captcha.issue(),
                    ScriptedCaptcha.ANSWER), "192.0.2.77"));
            String temporary = portal.templates.rendered(MailParameters.MotDePasseOublie.class).getLast()
                    .temporaryPassword();

            assertThat(done(portal.authentication.login("Alex7", temporary, "192.0.2.77")).mustChangePassword())
                    .isTrue();
        }

        @Test
        void tells_the_owner_by_mail_at_most_once_an_hour() {
            strangersFailFromTenAddresses();
            done(portal.authentication.login("Alex7", CHOSEN, FROM, java.util.Optional.of(ownersBrowser)));
            portal.clock.advance(java.time.Duration.ofMinutes(59));
            strangersFailFromTenAddresses();
            assertThat(warnings()).as("the second lock within the hour").hasSize(1);

            done(portal.authentication.login("Alex7", CHOSEN, FROM, java.util.Optional.of(ownersBrowser)));
            portal.clock.advance(java.time.Duration.ofMinutes(1));
            strangersFailFromTenAddresses();

            assertThat(warnings()).hasSize(2).allSatisfy(mail -> assertThat(mail.login()).isEqualTo("Alex7"));
            assertThat(portal.mails().getLast().recipient()).isEqualTo(EMAIL);
            assertThat(portal.audit.events(fr.portailpartenaires.application.shared.AuditAction.OWNER_WARNED))
                    .hasSize(2);
        }

        private java.util.List<MailParameters.NotificationSecurite> warnings() {
            return portal.templates.rendered(MailParameters.NotificationSecurite.class).stream()
                    .filter(mail -> mail.change() == MailParameters.SecurityChange.TENTATIVES_DE_CONNEXION).toList();
        }
    }

    @Nested
    class A_pending_reset {

        @Test
        void makes_no_login_cost_more_than_an_unknown_logins() {
            int before = portal.hasher.slowVerifications();
            int hashes = portal.hasher.hashes();
            refused(portal.authentication.login("inconnu42", "Devine1", STRANGER), Reason.UNAUTHENTICATED);
            int unknown = portal.hasher.slowVerifications() - before;

            done(portal.passwordReset.request(new Request("Alex7", EMAIL, portal.captcha.issue(),
                    ScriptedCaptcha.ANSWER), STRANGER));
            int afterRequest = portal.hasher.slowVerifications();
            int hashesAfterRequest = portal.hasher.hashes();
            refused(portal.authentication.login("Alex7", "Devine2", STRANGER), Reason.UNAUTHENTICATED);

            assertThat(unknown).isEqualTo(1);
            assertThat(portal.hasher.slowVerifications() - afterRequest).isEqualTo(unknown);
            assertThat(portal.hasher.hashes()).isEqualTo(hashesAfterRequest).isEqualTo(hashes + 1);
        }

        @Test
        void expires_with_its_own_message_and_leaves_the_password_as_it_was() {
            done(portal.passwordReset.request(new Request("Alex7", EMAIL, portal.captcha.issue(),
                    ScriptedCaptcha.ANSWER), STRANGER));
            String temporary = portal.templates.rendered(MailParameters.MotDePasseOublie.class).getLast()
                    .temporaryPassword();
            portal.clock.advance(java.time.Duration.ofHours(72));

            assertThat(refused(portal.authentication.login("Alex7", temporary, FROM), Reason.UNAUTHENTICATED)
                    .refusal()).isEqualTo(AuthenticationService.TEMPORARY_EXPIRED);
            done(portal.authentication.login("Alex7", CHOSEN, FROM));
        }
    }
}
