package fr.portailpartenaires.application.account;

import fr.portailpartenaires.domain.shared.Refusal;

import fr.portailpartenaires.application.testing.FakePasswordHasher;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static fr.portailpartenaires.application.testing.PortalFixture.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.account.Authenticate.LoggedIn;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Login, throttling, sessions, forced and chosen password changes, logout (spec §2.2, §2.3). */
class AuthenticateTest {

    private static final String CAISSE_LOGIN = "carsat62";
    private static final String CAISSE_PASSWORD = "Carsat2025";
    private static final String NEW_PASSWORD = "Soleil2025";

    private final PortalFixture portal = new PortalFixture();
    private final Principal carsat = portal.carsatAdministrator();

    private Outcome<LoggedIn> login(String login, String password) {
        return portal.authentication.login(login, password, FROM);
    }

    private Principal principalOf(LoggedIn loggedIn) {
        return portal.authentication.resolve(loggedIn.sessionId()).orElseThrow();
    }

    private void failTimes(String login, int times) {
        for (int i = 0; i < times; i++) {
            refused(login(login, "Mauvais" + i), Reason.UNAUTHENTICATED);
        }
    }

    @Nested
    class Logging_in {

        @Test
        void with_the_right_password_opens_a_session_of_that_account() {
            LoggedIn loggedIn = done(login(CAISSE_LOGIN, CAISSE_PASSWORD));

            assertThat(loggedIn.sessionId()).hasSizeGreaterThanOrEqualTo(22);
            assertThat(loggedIn.login()).isEqualTo(CAISSE_LOGIN);
            assertThat(loggedIn.kind()).isEqualTo(Principal.Kind.CAISSE_ADMIN);
            assertThat(loggedIn.mustChangePassword()).isFalse();
            assertThat(loggedIn.previousLoginAt()).isEmpty();
            Principal principal = principalOf(loggedIn);
            assertThat(principal.user()).isEqualTo(carsat.user());
            assertThat(principal).isInstanceOfSatisfying(Principal.CaisseAdministrator.class,
                    administrator -> assertThat(administrator.caisseCode()).isEqualTo(InMemoryReferenceData.CARSAT_NORD_PICARDIE));
            assertThat(principal.mustChangePassword()).isFalse();
            assertThat(principal.csrfToken()).isEqualTo(loggedIn.csrfToken());
        }

        @Test
        void accepts_the_login_in_any_case_and_with_spaces_around() {
            assertThat(done(login(" CARSAT62 ", CAISSE_PASSWORD)).login()).isEqualTo(CAISSE_LOGIN);
        }

        @Test
        void gives_a_new_session_each_time_and_tells_when_the_previous_login_was() {
            LoggedIn first = done(login(CAISSE_LOGIN, CAISSE_PASSWORD));
            portal.clock.advance(Duration.ofHours(3));

            LoggedIn second = done(login(CAISSE_LOGIN, CAISSE_PASSWORD));

            assertThat(second.sessionId()).isNotEqualTo(first.sessionId());
            assertThat(second.previousLoginAt()).contains(PortalFixture.T0);
        }

        @Test
        void audits_the_success_with_the_account_and_its_source_address() {
            done(login(CAISSE_LOGIN, CAISSE_PASSWORD));

            assertThat(portal.audit.events(AuditAction.LOGIN_SUCCEEDED)).singleElement().satisfies(event -> {
                assertThat(event.actor()).isEqualTo(carsat.user().value().toString());
                assertThat(event.scope()).contains("CARSAT-NORD-PICARDIE");
                assertThat(event.sourceAddress()).contains(FROM);
            });
        }

        @Test
        void with_a_blank_login_or_password_is_invalid_per_field_and_counts_no_failure() {
            Map<String, List<String>> errors = invalid(login(" ", ""));

            assertThat(errors).containsOnlyKeys("login", "motDePasse");
            assertThat(errors.get("login")).containsExactly("L'identifiant est obligatoire.");
            assertThat(errors.get("motDePasse")).containsExactly("Le mot de passe est obligatoire.");
            assertThat(invalid(login(CAISSE_LOGIN, null))).containsOnlyKeys("motDePasse");
            assertThat(invalid(login(null, CAISSE_PASSWORD))).containsOnlyKeys("login");
            assertThat(portal.loginAttempts.states).isEmpty();
            assertThat(portal.audit.events()).isEmpty();
        }

        @Test
        void upgrades_a_hash_made_with_older_parameters() {
            portal.accounts.setPassword(carsat.user(), FakePasswordHasher.LEGACY_PREFIX + CAISSE_PASSWORD,
                    Optional.empty(), false);

            done(login(CAISSE_LOGIN, CAISSE_PASSWORD));

            String upgraded = portal.accounts.find(carsat.user()).orElseThrow().passwordHash().orElseThrow();
            assertThat(upgraded).startsWith(FakePasswordHasher.PREFIX);
            assertThat(portal.hasher.verify(CAISSE_PASSWORD, upgraded)).isTrue();
        }

        @Test
        void works_for_an_account_whatever_the_digits_of_its_id() {
            UserId unlucky = new UserId(UUID.fromString("00000000-0000-4000-a123-4567890123ab"));
            portal.accounts.addCaisseAdministrator(new Accounts.CaisseAdministrator(unlucky,
                    InMemoryReferenceData.CNAV_IDF, Login.of("cnavidf75"), LastName.parse("Petit").orElseThrow(),
                    FirstName.parse("Paul").orElseThrow(), EmailAddress.of("paul.petit@caisse.example")));
            portal.accounts.setPassword(unlucky, portal.hasher.hash("Paris2025"), Optional.empty(), false);

            assertThat(principalOf(done(login("cnavidf75", "Paris2025"))).user()).isEqualTo(unlucky);
        }
    }

    @Nested
    class A_wrong_password_and_an_unknown_login {

        @Test
        void get_the_same_refusal() {
            var wrongPassword = refused(login(CAISSE_LOGIN, "Mauvais123"), Reason.UNAUTHENTICATED);
            var unknownLogin = refused(login("inconnu42", CAISSE_PASSWORD), Reason.UNAUTHENTICATED);

            assertThat(wrongPassword.refusal()).isEqualTo(unknownLogin.refusal());
            assertThat(wrongPassword.refusal()).isEqualTo(new Refusal("connexion.identifiants_incorrects",
                    "Identifiant ou mot de passe incorrect."));
        }

        @Test
        void cost_one_password_verification_each_the_unknown_login_against_a_dummy_hash() {
            refused(login(CAISSE_LOGIN, "Mauvais123"), Reason.UNAUTHENTICATED);
            assertThat(portal.hasher.dummyVerifications()).isZero();

            refused(login("inconnu42", CAISSE_PASSWORD), Reason.UNAUTHENTICATED);
            assertThat(portal.hasher.dummyVerifications()).isEqualTo(1);
        }

        @Test
        void are_audited_as_failures_without_the_password_typed() {
            refused(login(CAISSE_LOGIN, "Mauvais123"), Reason.UNAUTHENTICATED);
            refused(login("Inconnu42", "Mauvais456"), Reason.UNAUTHENTICATED);

            assertThat(portal.audit.events(AuditAction.LOGIN_FAILED)).hasSize(2).allSatisfy(event -> {
                assertThat(event.actor()).isEqualTo(AuditEvent.ANONYMOUS);
                assertThat(event.sourceAddress()).contains(FROM);
                assertThat(event.toString()).doesNotContain("Mauvais123").doesNotContain("Mauvais456");
            });
            assertThat(portal.audit.events(AuditAction.LOGIN_FAILED)).extracting(event -> event.target().orElseThrow())
                    .containsExactly("login:carsat62", "login:inconnu42");
        }

        @Test
        void include_an_account_that_has_no_password_yet() {
            UserId id = portal.nextUserId();
            portal.accounts.addCaisseAdministrator(new Accounts.CaisseAdministrator(id, InMemoryReferenceData.MSA_ALSACE,
                    Login.of("msa67"), LastName.parse("Weber").orElseThrow(), FirstName.parse("Anna").orElseThrow(),
                    EmailAddress.of("anna.weber@msa.example")));

            var refused = refused(login("msa67", "Nimporte1"), Reason.UNAUTHENTICATED);

            assertThat(refused.refusal()).isEqualTo(AuthenticationService.BAD_CREDENTIALS_REFUSAL);
            assertThat(portal.hasher.dummyVerifications()).isEqualTo(1);
        }
    }

    @Nested
    class Brute_force_protection {

        @Test
        void after_five_failures_refuses_even_the_right_password_for_a_while() {
            failTimes(CAISSE_LOGIN, 5);

            var refused = refused(login(CAISSE_LOGIN, CAISSE_PASSWORD), Reason.TOO_MANY_REQUESTS);

            assertThat(refused.refusal().message()).isEqualTo("Trop de tentatives de connexion. Réessayez dans 1 minute.");
            assertThat(portal.audit.events(AuditAction.LOGIN_THROTTLED)).hasSize(1);
            assertThat(portal.audit.events(AuditAction.LOGIN_SUCCEEDED)).isEmpty();
        }

        @Test
        void lets_the_right_password_in_once_the_delay_has_passed() {
            failTimes(CAISSE_LOGIN, 5);
            portal.clock.advance(Duration.ofSeconds(50));
            refused(login(CAISSE_LOGIN, CAISSE_PASSWORD), Reason.TOO_MANY_REQUESTS);

            portal.clock.advance(Duration.ofSeconds(11));

            done(login(CAISSE_LOGIN, CAISSE_PASSWORD));
        }

        @Test
        void doubles_the_delay_at_each_further_failure() {
            failTimes(CAISSE_LOGIN, 5);
            portal.clock.advance(Duration.ofSeconds(61));
            failTimes(CAISSE_LOGIN, 1);

            assertThat(refused(login(CAISSE_LOGIN, CAISSE_PASSWORD), Reason.TOO_MANY_REQUESTS).refusal().message())
                    .isEqualTo("Trop de tentatives de connexion. Réessayez dans 2 minutes.");
        }

        @Test
        void locks_an_unknown_login_the_same_way() {
            failTimes("inconnu42", 5);

            assertThat(refused(login("inconnu42", "Nimporte1"), Reason.TOO_MANY_REQUESTS).refusal().message())
                    .contains("Réessayez dans");
        }

        @Test
        void starts_again_from_zero_after_a_success() {
            failTimes(CAISSE_LOGIN, 4);
            done(login(CAISSE_LOGIN, CAISSE_PASSWORD));
            failTimes(CAISSE_LOGIN, 4);

            done(login(CAISSE_LOGIN, CAISSE_PASSWORD));
        }
    }

    @Nested
    class A_temporary_password {

        @Test
        void opens_a_session_that_must_change_the_password_before_anything_else() {
            PortalFixture.ValidatedPartner seed = portal.validatedSeed();

            LoggedIn loggedIn = done(login("Alex7", seed.temporaryPassword()));

            assertThat(loggedIn.mustChangePassword()).isTrue();
            assertThat(loggedIn.kind()).isEqualTo(Principal.Kind.PARTNER_USER);
            Principal principal = principalOf(loggedIn);
            assertThat(principal.mustChangePassword()).isTrue();
            assertThat(principal).isInstanceOfSatisfying(Principal.PartnerUser.class,
                    user -> assertThat(user.partnerId()).isEqualTo(seed.partner()));
            assertThat(principal.user()).isEqualTo(seed.administrator());
            assertThat(refused(portal.myPartner.view(principal), Reason.FORBIDDEN).refusal())
                    .isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
        }

        @Test
        void works_until_its_72_hours_have_passed_then_is_refused_with_its_own_message() {
            PortalFixture.ValidatedPartner seed = portal.validatedSeed();
            portal.clock.advance(Duration.ofHours(72).minusSeconds(1));
            done(login("Alex7", seed.temporaryPassword()));

            portal.clock.advance(Duration.ofSeconds(1));
            var refused = refused(login("Alex7", seed.temporaryPassword()), Reason.UNAUTHENTICATED);

            assertThat(refused.refusal().message()).isEqualTo("Votre mot de passe temporaire a expiré : "
                    + "utilisez « Mot de passe oublié » pour en recevoir un nouveau.");
        }
    }

    @Nested
    class Changing_the_password {

        private PortalFixture.ValidatedPartner seed;
        private LoggedIn temporarySession;
        private Principal principal;

        private void loggedInWithTheTemporaryPassword() {
            seed = portal.validatedSeed();
            temporarySession = done(login("Alex7", seed.temporaryPassword()));
            principal = principalOf(temporarySession);
        }

        private Outcome<LoggedIn> change(String current, String next, String confirmation) {
            return portal.authentication.changePassword(principal, current, next, confirmation, FROM);
        }

        private void assertNothingChanged() {
            Accounts.Credentials account = portal.accounts.find(seed.administrator()).orElseThrow();
            assertThat(account.mustChangePassword()).isTrue();
            assertThat(portal.hasher.verify(seed.temporaryPassword(), account.passwordHash().orElseThrow())).isTrue();
            assertThat(portal.mails()).extracting(OutgoingMail::template).doesNotContain(MailTemplate.NOTIFICATION_SECURITE);
            assertThat(portal.audit.events(AuditAction.PASSWORD_CHANGED)).isEmpty();
            assertThat(portal.authentication.resolve(temporarySession.sessionId())).isPresent();
        }

        @Test
        void with_a_wrong_current_password_is_invalid_on_that_field() {
            loggedInWithTheTemporaryPassword();

            Map<String, List<String>> errors = invalid(change("Mauvais123", NEW_PASSWORD, NEW_PASSWORD));

            assertThat(errors).containsOnlyKeys("motDePasseActuel");
            assertThat(errors.get("motDePasseActuel")).containsExactly("Le mot de passe actuel est incorrect.");
            assertNothingChanged();
        }

        @Test
        void breaking_the_ppas_policy_reports_every_rule_on_the_new_password() {
            loggedInWithTheTemporaryPassword();

            Map<String, List<String>> errors = invalid(change(seed.temporaryPassword(), "été!", "été!"));

            assertThat(errors).containsOnlyKeys("nouveauMotDePasse");
            assertThat(errors.get("nouveauMotDePasse")).containsExactlyInAnyOrder(
                    "Le mot de passe doit comporter entre 8 et 12 caractères.",
                    "Le mot de passe ne doit pas comporter de lettre accentuée.",
                    "Le mot de passe ne doit comporter ni caractère spécial ni espace : uniquement des lettres et des chiffres.",
                    "Le mot de passe doit comporter au moins un chiffre.");
            assertNothingChanged();
        }

        @Test
        void typed_differently_twice_is_invalid_on_the_confirmation() {
            loggedInWithTheTemporaryPassword();

            Map<String, List<String>> errors = invalid(change(seed.temporaryPassword(), NEW_PASSWORD, "Soleil2026"));

            assertThat(errors).containsOnlyKeys("confirmation");
            assertThat(errors.get("confirmation")).containsExactly("Les deux mots de passe saisis ne sont pas identiques.");
            assertNothingChanged();
        }

        @Test
        void to_the_current_one_is_invalid() {
            loggedInWithTheTemporaryPassword();
            String current = seed.temporaryPassword();

            assertThat(invalid(change(current, current, current)).get("nouveauMotDePasse"))
                    .contains("Le nouveau mot de passe doit être différent de l'ancien.");
            assertNothingChanged();
        }

        @Test
        void gives_the_session_a_new_id_and_ends_the_old_one() {
            loggedInWithTheTemporaryPassword();

            LoggedIn changed = done(change(seed.temporaryPassword(), NEW_PASSWORD, NEW_PASSWORD));

            assertThat(changed.sessionId()).isNotEqualTo(temporarySession.sessionId());
            assertThat(changed.mustChangePassword()).isFalse();
            assertThat(portal.authentication.resolve(temporarySession.sessionId())).isEmpty();
            Principal after = principalOf(changed);
            assertThat(after.user()).isEqualTo(seed.administrator());
            assertThat(after.mustChangePassword()).isFalse();
            assertThat(done(portal.myPartner.view(after)).nom()).isEqualTo("Association Ciel Bleu");
        }

        @Test
        void stores_the_new_password_for_good_and_retires_the_temporary_one() {
            loggedInWithTheTemporaryPassword();

            done(change(seed.temporaryPassword(), NEW_PASSWORD, NEW_PASSWORD));

            Accounts.Credentials account = portal.accounts.find(seed.administrator()).orElseThrow();
            assertThat(account.mustChangePassword()).isFalse();
            assertThat(account.passwordExpiresAt()).isEmpty();
            assertThat(done(login("alex7", NEW_PASSWORD)).mustChangePassword()).isFalse();
            assertThat(refused(login("Alex7", seed.temporaryPassword()), Reason.UNAUTHENTICATED).refusal().message())
                    .isEqualTo("Identifiant ou mot de passe incorrect.");
        }

        @Test
        void notifies_the_user_by_mail_and_audits_the_change() {
            loggedInWithTheTemporaryPassword();
            portal.clock.advance(Duration.ofMinutes(5));

            done(change(seed.temporaryPassword(), NEW_PASSWORD, NEW_PASSWORD));

            assertThat(portal.mails()).filteredOn(mail -> mail.template() == MailTemplate.NOTIFICATION_SECURITE)
                    .singleElement()
                    .satisfies(mail -> assertThat(mail.recipient()).isEqualTo("alexandre.grizzi@ciel-bleu.example"));
            assertThat(portal.templates.rendered(MailParameters.NotificationSecurite.class)).containsExactly(
                    new MailParameters.NotificationSecurite("Alex7", MailParameters.SecurityChange.MOT_DE_PASSE_MODIFIE,
                            portal.clock.instant()));
            assertThat(portal.audit.events(AuditAction.PASSWORD_CHANGED)).singleElement().satisfies(event -> {
                assertThat(event.actor()).isEqualTo(seed.administrator().value().toString());
                assertThat(event.sourceAddress()).contains(FROM);
            });
        }
    }

    @Nested
    class Logging_out {

        @Test
        void ends_the_session_at_once() {
            LoggedIn loggedIn = done(login(CAISSE_LOGIN, CAISSE_PASSWORD));
            Principal principal = principalOf(loggedIn);

            portal.authentication.logout(principal, FROM);

            assertThat(portal.authentication.resolve(loggedIn.sessionId())).isEmpty();
            assertThat(portal.audit.events(AuditAction.LOGGED_OUT)).singleElement()
                    .satisfies(event -> assertThat(event.actor()).isEqualTo(carsat.user().value().toString()));
        }

        @Test
        void leaves_the_other_sessions_of_the_user_open() {
            LoggedIn office = done(login(CAISSE_LOGIN, CAISSE_PASSWORD));
            LoggedIn home = done(login(CAISSE_LOGIN, CAISSE_PASSWORD));

            portal.authentication.logout(principalOf(office), FROM);

            assertThat(portal.authentication.resolve(home.sessionId())).isPresent();
        }
    }

    @Nested
    class No_password_ever_leaks {

        @Test
        void into_the_audit_trail_or_the_mails_of_a_whole_login_story() {
            PortalFixture.ValidatedPartner seed = portal.validatedSeed();
            refused(login("Alex7", "Mauvais123"), Reason.UNAUTHENTICATED);
            refused(login("Inconnu1", "Mauvais456"), Reason.UNAUTHENTICATED);
            LoggedIn temporary = done(login("Alex7", seed.temporaryPassword()));
            invalid(portal.authentication.changePassword(principalOf(temporary), "Mauvais789", NEW_PASSWORD,
                    NEW_PASSWORD, FROM));
            LoggedIn changed = done(portal.authentication.changePassword(principalOf(temporary),
                    seed.temporaryPassword(), NEW_PASSWORD, NEW_PASSWORD, FROM));
            portal.authentication.logout(principalOf(changed), FROM);
            done(login("Alex7", NEW_PASSWORD));

            List<String> secrets = List.of(seed.temporaryPassword(), "Mauvais123", "Mauvais456", "Mauvais789",
                    NEW_PASSWORD);
            assertThat(portal.audit.events()).extracting(AuditEvent::action).contains(
                    AuditAction.LOGIN_FAILED.code(), AuditAction.LOGIN_SUCCEEDED.code(),
                    AuditAction.PASSWORD_CHANGED.code(), AuditAction.LOGGED_OUT.code());
            assertThat(portal.audit.events()).allSatisfy(event -> assertThat(event.toString())
                    .doesNotContain(secrets));
            assertThat(portal.mails()).filteredOn(mail -> mail.template() != MailTemplate.VALIDATION_PREINSCRIPTION)
                    .isNotEmpty()
                    .allSatisfy(mail -> assertThat(List.of(mail.subject(), mail.textBody(), mail.htmlBody()))
                            .allSatisfy(text -> assertThat(text).doesNotContain(secrets)));
            assertThat(portal.templates.rendered()).allSatisfy(parameters ->
                    assertThat(parameters.toString()).doesNotContain(secrets));
        }

        @Test
        void into_what_a_login_or_a_session_prints() {
            LoggedIn loggedIn = done(login(CAISSE_LOGIN, CAISSE_PASSWORD));

            assertThat(loggedIn.toString()).doesNotContain(loggedIn.sessionId()).doesNotContain(loggedIn.csrfToken())
                    .doesNotContain(CAISSE_PASSWORD);
            assertThat(principalOf(loggedIn).toString()).doesNotContain(loggedIn.sessionId());
        }
    }
}
