package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.application.testing.ScriptedCaptcha;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static fr.portailpartenaires.application.testing.PortalFixture.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.account.Authenticate.LoggedIn;
import fr.portailpartenaires.application.account.ForgottenPassword.Request;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** « Mot de passe oublié » (spec §2.4): a temporary password by mail, without revealing which accounts exist. */
class ForgottenPasswordTest {

    private static final String EMAIL = "alexandre.grizzi@ciel-bleu.example";
    private static final String CHOSEN = "Soleil2025";

    private final PortalFixture portal = new PortalFixture();
    private PortalFixture.ValidatedPartner seed;

    @BeforeEach
    void aPartnerWhoseAdministratorChoseAPassword() {
        seed = portal.validatedSeed();
        LoggedIn first = done(portal.authentication.login("Alex7", seed.temporaryPassword(), FROM));
        done(portal.authentication.changePassword(portal.authentication.resolve(first.sessionId()).orElseThrow(),
                seed.temporaryPassword(), CHOSEN, CHOSEN, FROM));
    }

    private Request request(String login, String email) {
        return new Request(login, email, portal.captcha.issue(), ScriptedCaptcha.ANSWER);
    }

    private Outcome<ForgottenPassword.Requested> ask(String login, String email) {
        return portal.passwordReset.request(request(login, email), FROM);
    }

    private List<MailParameters.MotDePasseOublie> mailsSent() {
        return portal.templates.rendered(MailParameters.MotDePasseOublie.class);
    }

    @Nested
    class A_matching_login_and_email {

        @Test
        void mail_a_temporary_password_that_must_be_changed_at_the_next_login() {
            assertThat(done(ask("alex7", " Alexandre.Grizzi@Ciel-Bleu.example ")).message())
                    .isEqualTo(ForgottenPassword.ANSWER);

            MailParameters.MotDePasseOublie mail = mailsSent().getLast();
            assertThat(mail.login()).isEqualTo("Alex7");
            assertThat(mail.validity()).isEqualTo(Duration.ofHours(72));
            assertThat(portal.mails().getLast().recipient()).isEqualTo(EMAIL);
            assertThat(portal.passwordResets.find(seed.administrator())).hasValueSatisfying(reset ->
                    assertThat(reset.expiresAt()).isEqualTo(PortalFixture.T0.plus(Duration.ofHours(72))));
            LoggedIn withTemporary = done(portal.authentication.login("Alex7", mail.temporaryPassword(), FROM));
            assertThat(withTemporary.mustChangePassword()).isTrue();
            Accounts.Credentials account = portal.accounts.find(seed.administrator()).orElseThrow();
            assertThat(account.mustChangePassword()).isTrue();
            assertThat(account.passwordExpiresAt()).contains(PortalFixture.T0.plus(Duration.ofHours(72)));
        }

        @Test
        void keep_the_old_password_until_the_temporary_one_is_used_which_then_replaces_it_and_ends_the_other_sessions() {
            LoggedIn open = done(portal.authentication.login("Alex7", CHOSEN, FROM));
            done(ask("Alex7", EMAIL));
            assertThat(portal.authentication.resolve(open.sessionId())).isPresent();

            done(portal.authentication.login("Alex7", mailsSent().getLast().temporaryPassword(), FROM));

            assertThat(portal.authentication.resolve(open.sessionId())).isEmpty();
            refused(portal.authentication.login("Alex7", CHOSEN, FROM), Reason.UNAUTHENTICATED);
            assertThat(portal.passwordResets.find(seed.administrator())).as("single use").isEmpty();
            assertThat(portal.audit.events(AuditAction.TEMPORARY_PASSWORD_USED)).singleElement()
                    .satisfies(event -> assertThat(event.actor()).isEqualTo(seed.administrator().value().toString()));
        }

        @Test
        void is_cancelled_when_the_owner_logs_in_with_their_password() {
            done(ask("Alex7", EMAIL));
            String temporary = mailsSent().getLast().temporaryPassword();

            done(portal.authentication.login("Alex7", CHOSEN, FROM));

            assertThat(portal.passwordResets.find(seed.administrator())).isEmpty();
            refused(portal.authentication.login("Alex7", temporary, FROM), Reason.UNAUTHENTICATED);
        }

        @Test
        void a_new_request_replaces_the_former_temporary_password() {
            done(ask("Alex7", EMAIL));
            String former = mailsSent().getLast().temporaryPassword();
            done(ask("Alex7", EMAIL));
            String latest = mailsSent().getLast().temporaryPassword();

            refused(portal.authentication.login("Alex7", former, FROM), Reason.UNAUTHENTICATED);
            done(portal.authentication.login("Alex7", latest, FROM));
        }

        @Test
        void give_a_password_valid_for_a_limited_time_only() {
            done(ask("Alex7", EMAIL));
            String temporary = mailsSent().getLast().temporaryPassword();

            portal.clock.advance(Duration.ofHours(72));

            assertThat(refused(portal.authentication.login("Alex7", temporary, FROM), Reason.UNAUTHENTICATED)
                    .refusal()).isEqualTo(AuthenticationService.TEMPORARY_EXPIRED);
        }

        @Test
        void give_a_password_that_stops_working_once_replaced_and_the_change_ends_the_other_sessions() {
            done(ask("Alex7", EMAIL));
            String temporary = mailsSent().getLast().temporaryPassword();
            LoggedIn elsewhere = done(portal.authentication.login("Alex7", temporary, FROM));
            LoggedIn here = done(portal.authentication.login("Alex7", temporary, FROM));

            LoggedIn changed = done(portal.authentication.changePassword(
                    portal.authentication.resolve(here.sessionId()).orElseThrow(), temporary, "Nouveau2026",
                    "Nouveau2026", FROM));

            assertThat(portal.authentication.resolve(elsewhere.sessionId())).isEmpty();
            assertThat(portal.authentication.resolve(here.sessionId())).isEmpty();
            assertThat(portal.authentication.resolve(changed.sessionId())).isPresent();
            refused(portal.authentication.login("Alex7", temporary, FROM), Reason.UNAUTHENTICATED);
        }

        @Test
        void are_audited_against_the_account_never_with_the_password() {
            done(ask("Alex7", EMAIL));

            assertThat(portal.audit.events(AuditAction.PASSWORD_RESET_REQUESTED)).singleElement().satisfies(event -> {
                assertThat(event.target()).contains("user:" + seed.administrator().value());
                assertThat(event.details()).containsEntry("outcome", "TEMPORARY_PASSWORD_SENT");
                assertThat(event.sourceAddress()).contains(FROM);
            });
            String temporary = mailsSent().getLast().temporaryPassword();
            assertThat(portal.audit.events()).allSatisfy(event -> assertThat(event.toString()).doesNotContain(temporary));
        }

        @Test
        void send_at_most_three_mails_in_a_row_to_one_account_then_answer_the_same_without_mailing() {
            for (int i = 0; i < 3; i++) {
                done(ask("Alex7", EMAIL));
            }
            String third = mailsSent().getLast().temporaryPassword();

            Outcome<ForgottenPassword.Requested> fourth = portal.passwordReset.request(request("Alex7", EMAIL), "198.51.100.7");

            assertThat(fourth).isEqualTo(Outcome.done(new ForgottenPassword.Requested(ForgottenPassword.ANSWER)));
            assertThat(mailsSent()).hasSize(3);
            done(portal.authentication.login("Alex7", third, FROM));
            assertThat(portal.audit.events(AuditAction.PASSWORD_RESET_REQUESTED).getLast().details())
                    .containsEntry("outcome", "ACCOUNT_LIMIT_REACHED");
        }
    }

    @Nested
    class No_enumeration {

        @Test
        void an_unknown_login_a_wrong_email_and_a_match_get_the_very_same_answer() {
            Outcome<ForgottenPassword.Requested> unknown = ask("Personne99", EMAIL);
            Outcome<ForgottenPassword.Requested> wrongEmail = ask("Alex7", "quelquun@ailleurs.example");
            Outcome<ForgottenPassword.Requested> matched = ask("Alex7", EMAIL);

            assertThat(unknown).isEqualTo(matched).isEqualTo(wrongEmail);
            assertThat(mailsSent()).hasSize(1);
        }

        @Test
        void every_path_hashes_one_temporary_password_so_none_is_quicker() {
            int before = portal.hasher.hashes();
            done(ask("Personne99", EMAIL));
            int unknown = portal.hasher.hashes() - before;

            before = portal.hasher.hashes();
            done(ask("Alex7", "quelquun@ailleurs.example"));
            int wrongEmail = portal.hasher.hashes() - before;

            before = portal.hasher.hashes();
            done(ask("Alex7", EMAIL));
            int matched = portal.hasher.hashes() - before;

            assertThat(List.of(unknown, wrongEmail, matched)).containsOnly(1);
        }

        @Test
        void a_request_that_matches_nothing_changes_no_account() {
            Accounts.Credentials before = portal.accounts.find(seed.administrator()).orElseThrow();

            done(ask("Alex7", "quelquun@ailleurs.example"));

            assertThat(portal.accounts.find(seed.administrator())).contains(before);
            done(portal.authentication.login("Alex7", CHOSEN, FROM));
        }

        @Test
        void the_audit_trail_keeps_no_typed_login_of_an_unknown_account() {
            done(ask("Personne99", "personne@ailleurs.example"));

            AuditEvent event = portal.audit.events(AuditAction.PASSWORD_RESET_REQUESTED).getLast();
            assertThat(event.target()).isEmpty();
            assertThat(event.details()).containsEntry("outcome", "NO_ACCOUNT");
            assertThat(event.toString()).doesNotContainIgnoringCase("personne");
        }
    }

    @Nested
    class Bad_input_and_abuse {

        @Test
        void a_wrong_captcha_is_refused_and_nothing_is_hashed_or_mailed() {
            int hashes = portal.hasher.hashes();

            var errors = invalid(portal.passwordReset.request(new Request("Alex7", EMAIL, portal.captcha.issue(), "faux"),
                    FROM));

            assertThat(errors).containsOnlyKeys("captcha");
            assertThat(portal.hasher.hashes()).isEqualTo(hashes);
            assertThat(mailsSent()).isEmpty();
        }

        @Test
        void every_missing_field_is_reported_at_once() {
            var errors = invalid(portal.passwordReset.request(new Request(" ", null, UUID.randomUUID(), ""), FROM));

            assertThat(errors).containsOnlyKeys("login", "email", "captcha");
            assertThat(errors.get("login")).containsExactly("L'identifiant est obligatoire.");
        }

        @Test
        void after_five_requests_from_one_address_the_next_waits_a_minute_then_two() {
            for (int i = 0; i < 5; i++) {
                done(ask("Personne" + i, EMAIL));
            }

            var refused = refused(ask("Alex7", EMAIL), Reason.TOO_MANY_REQUESTS);

            assertThat(refused.retryAfter()).contains(Duration.ofMinutes(1));
            assertThat(refused.refusal().message()).isEqualTo("Trop de demandes envoyées. Réessayez dans 1 minute.");
            assertThat(mailsSent()).isEmpty();
            portal.clock.advance(Duration.ofMinutes(1));
            done(ask("Alex7", EMAIL));
            assertThat(refused(ask("Alex7", EMAIL), Reason.TOO_MANY_REQUESTS).retryAfter())
                    .contains(Duration.ofMinutes(2));
            assertThat(done(portal.passwordReset.request(request("Alex7", EMAIL), "198.51.100.7")).message())
                    .isEqualTo(ForgottenPassword.ANSWER);
        }
    }
}
