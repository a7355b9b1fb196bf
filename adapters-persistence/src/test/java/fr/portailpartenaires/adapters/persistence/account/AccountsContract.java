package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.application.shared.LoginTakenException;
import fr.portailpartenaires.application.shared.EmailTakenException;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.Accounts.CaisseAdministrator;
import fr.portailpartenaires.application.shared.Accounts.Credentials;
import fr.portailpartenaires.application.shared.Accounts.Kind;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.partner.UserChanges;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every account that logs in — partner users and caisse administrators — and its credentials. */
abstract class AccountsContract {

    /** Empties the stores: each test starts from the reference data only. */
    protected abstract void clear();

    protected abstract Accounts accounts();

    /** The partners, whose users are accounts of the same store. */
    protected abstract Partners partners();

    Accounts accounts;
    Partners partners;

    @BeforeEach
    void setUp() {
        clear();
        accounts = accounts();
        partners = partners();
    }

    static CaisseAdministrator carsatAdministrator(String login) {
        return new CaisseAdministrator(UserId.random(), CARSAT_NORD_PICARDIE.code(), Login.of(login),
                LastName.of("LEFEBVRE"), FirstName.of("Nadia"), EmailAddress.of("nadia.lefebvre@carsat-nordpicardie.fr"));
    }

    @Nested
    class Caisse_administrators {

        @Test
        void an_unknown_account_is_not_found() {
            assertThat(accounts.find(UserId.random())).isEmpty();
            assertThat(accounts.findByLogin("personne")).isEmpty();
        }

        @Test
        void are_counted_per_caisse() {
            assertThat(accounts.caisseAdministrators(CARSAT_NORD_PICARDIE.code())).isZero();
            accounts.addCaisseAdministrator(carsatAdministrator("NadiaL"));
            accounts.addCaisseAdministrator(carsatAdministrator("PaulD"));

            assertThat(accounts.caisseAdministrators(CARSAT_NORD_PICARDIE.code())).isEqualTo(2);
            assertThat(accounts.caisseAdministrators(CaisseCode.of("CNAV-IDF"))).isZero();
        }

        @Test
        void are_listed_by_login_with_their_names_and_one_is_removed_without_touching_the_others() {
            CaisseAdministrator paul = carsatAdministrator("PaulD");
            CaisseAdministrator nadia = carsatAdministrator("NadiaL");
            accounts.addCaisseAdministrator(paul);
            accounts.addCaisseAdministrator(nadia);

            assertThat(accounts.caisseStaffForUpdate(CARSAT_NORD_PICARDIE.code())).containsExactly(nadia, paul);
            accounts.removeCaisseAdministrator(paul.id());

            assertThat(accounts.caisseStaffForUpdate(CARSAT_NORD_PICARDIE.code())).containsExactly(nadia);
            assertThat(accounts.find(paul.id())).isEmpty();
            assertThat(accounts.loginTaken("pauld")).isFalse();
            assertThat(accounts.caisseStaffForUpdate(CaisseCode.of("CNAV-IDF"))).isEmpty();
        }
    }

    @Test
    void a_caisse_administrator_gets_a_new_email_too() {
        CaisseAdministrator administrator = carsatAdministrator("NadiaL");
        accounts.addCaisseAdministrator(administrator);

        accounts.setEmail(administrator.id(), EmailAddress.of("nadia@carsat.example"));

        assertThat(accounts.find(administrator.id()).orElseThrow().email().value()).isEqualTo("nadia@carsat.example");
    }

    @Nested
    class Partner_users {

        @Test
        void are_accounts_of_their_partner_without_password_yet() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            PartnerUser alex7 = cielBleu.users().getFirst();

            assertThat(accounts.findByLogin("alex7")).contains(new Credentials(alex7.id(), Login.of("Alex7"),
                    Kind.PARTNER_USER, Optional.of(cielBleu.id()), Optional.empty(), alex7.email(), Optional.empty(),
                    Optional.empty(), false, Optional.empty()));
        }

        @Test
        void a_new_email_is_the_one_the_partner_shows_and_leaves_the_partners_version_alone() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            PartnerUser alex7 = cielBleu.users().getFirst();
            long version = partners.find(cielBleu.id()).orElseThrow().version();

            accounts.setEmail(alex7.id(), EmailAddress.of("alex7@nouveau.fr"));

            assertThat(accounts.find(alex7.id()).orElseThrow().email().value()).isEqualTo("alex7@nouveau.fr");
            Partner stored = partners.find(cielBleu.id()).orElseThrow();
            assertThat(stored.user(alex7.id()).orElseThrow().email().value()).isEqualTo("alex7@nouveau.fr");
            assertThat(stored.version()).isEqualTo(version);
        }
    }

    @Nested
    class Reserved_addresses_and_status {

        @Test
        void an_address_is_taken_whatever_its_case_once_an_account_reserved_it_and_only_then() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            PartnerUser alex7 = cielBleu.users().getFirst();
            assertThat(accounts.emailTaken(alex7.email())).isFalse();

            accounts.reserveEmail(alex7.id());

            assertThat(accounts.emailTaken(EmailAddress.of(alex7.email().value().toUpperCase(Locale.ROOT)))).isTrue();
            assertThat(accounts.find(alex7.id()).orElseThrow().email()).isEqualTo(alex7.email());
            assertThat(partners.find(cielBleu.id()).orElseThrow().user(alex7.id()).orElseThrow().email())
                    .isEqualTo(alex7.email());
        }

        @Test
        void a_reserved_address_follows_the_accounts_new_one_and_another_account_cannot_take_it() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            UserId alex7 = cielBleu.users().getFirst().id();
            CaisseAdministrator nadia = carsatAdministrator("NadiaL");
            accounts.addCaisseAdministrator(nadia);
            EmailAddress before = cielBleu.users().getFirst().email();
            accounts.reserveEmail(alex7);

            accounts.setEmail(alex7, EmailAddress.of("alex@cielbleu.example"));

            assertThat(accounts.emailTaken(before)).isFalse();
            assertThat(accounts.emailTaken(EmailAddress.of("ALEX@cielbleu.example"))).isTrue();
            accounts.setEmail(nadia.id(), EmailAddress.of("Alex@CielBleu.example"));
            assertThatThrownBy(() -> accounts.reserveEmail(nadia.id())).isInstanceOf(EmailTakenException.class);
            assertThat(accounts.emailTaken(before)).isFalse();
            accounts.setEmail(nadia.id(), before);
            accounts.reserveEmail(nadia.id());
            assertThat(accounts.emailTaken(before)).isTrue();
        }

        @Test
        void an_address_nobody_reserved_may_be_shared_as_before() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            CaisseAdministrator nadia = carsatAdministrator("NadiaL");
            accounts.addCaisseAdministrator(nadia);
            EmailAddress shared = cielBleu.users().getFirst().email();

            accounts.setEmail(nadia.id(), shared);

            assertThat(accounts.find(nadia.id()).orElseThrow().email()).isEqualTo(shared);
            assertThat(accounts.emailTaken(shared)).isFalse();
        }

        @Test
        void a_partner_users_new_address_moves_the_reservation_or_is_refused_and_the_partners_save_writes_none() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            UserId alex7 = cielBleu.users().getFirst().id();
            CaisseAdministrator nadia = carsatAdministrator("NadiaL");
            accounts.addCaisseAdministrator(nadia);
            accounts.setEmail(nadia.id(), EmailAddress.of("nadia@carsat.example"));
            accounts.reserveEmail(nadia.id());
            accounts.reserveEmail(alex7);
            EmailAddress before = cielBleu.users().getFirst().email();

            Partner moved = renamed(partners.find(cielBleu.id()).orElseThrow(), alex7, "alex@cielbleu.example");
            assertThat(partners.update(moved)).isTrue();
            assertThat(accounts.emailTaken(before)).isTrue();
            assertThat(partners.find(cielBleu.id()).orElseThrow().user(alex7).orElseThrow().email()).isEqualTo(before);

            accounts.setEmail(alex7, EmailAddress.of("alex@cielbleu.example"));
            assertThat(accounts.emailTaken(EmailAddress.of("alex@cielbleu.example"))).isTrue();
            assertThat(accounts.emailTaken(before)).isFalse();

            Partner stored = partners.find(cielBleu.id()).orElseThrow();
            assertThatThrownBy(() -> accounts.setEmail(alex7, EmailAddress.of("NADIA@carsat.example")))
                    .isInstanceOf(EmailTakenException.class);
            assertThat(partners.find(cielBleu.id())).contains(stored);
            assertThat(accounts.find(alex7).orElseThrow().email().value()).isEqualTo("alex@cielbleu.example");
        }

        private static Partner renamed(Partner partner, UserId user, String email) {
            PartnerUser before = partner.user(user).orElseThrow();
            return partner.modifyUser(user, user, new UserChanges(before.lastName(), before.firstName(),
                    before.phone(), EmailAddress.of(email))).orElseThrow();
        }

        @Test
        void the_closing_date_is_the_accounts_set_and_cleared() {
            CaisseAdministrator nadia = carsatAdministrator("NadiaL");
            accounts.addCaisseAdministrator(nadia);
            LocalDate closing = LocalDate.of(2026, 3, 10);
            assertThat(accounts.closingDate(nadia.id())).isEmpty();

            accounts.setClosingDate(nadia.id(), Optional.of(closing));

            assertThat(accounts.closingDate(nadia.id())).contains(closing);
            assertThat(accounts.findByLogin("nadial").orElseThrow().closedOn()).contains(closing);
            assertThat(accounts.find(nadia.id()).orElseThrow().isClosedOn(closing)).isTrue();
            accounts.setPassword(nadia.id(), "$argon2id$nadia", Optional.empty(), false);
            accounts.recordLogin(nadia.id(), NOW);
            assertThat(accounts.closingDate(nadia.id())).contains(closing);

            accounts.setClosingDate(nadia.id(), Optional.empty());
            assertThat(accounts.find(nadia.id()).orElseThrow().closedOn()).isEmpty();
        }
    }

    @Nested
    class Login_uniqueness {

        @Test
        void a_login_is_taken_whatever_its_case_once_any_account_uses_it() {
            Fixtures.store(partners, accounts, Fixtures.cielBleu());
            accounts.addCaisseAdministrator(carsatAdministrator("NadiaL"));

            assertThat(accounts.loginTaken(Login.of("ALEX7").key())).isTrue();
            assertThat(accounts.loginTaken(Login.of("nadiaL").key())).isTrue();
            assertThat(accounts.loginTaken(Login.of("Martin37").key())).isFalse();
        }

        @Test
        void the_database_refuses_a_partner_user_whose_login_a_caisse_administrator_has_and_stores_none_of_it() {
            CaisseAdministrator nadia = carsatAdministrator("alex7");
            accounts.addCaisseAdministrator(nadia);
            Partner cielBleu = Fixtures.cielBleu();
            partners.add(cielBleu);
            PartnerUser alex7 = cielBleu.users().getFirst();

            assertThatThrownBy(() -> accounts.openPartnerUser(cielBleu.id(), alex7))
                    .isInstanceOf(LoginTakenException.class);
            assertThat(accounts.find(alex7.id())).isEmpty();
            assertThat(accounts.findByLogin("alex7").orElseThrow().id()).isEqualTo(nadia.id());
        }

        @Test
        void the_database_refuses_two_partners_whose_users_share_a_login() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            Partner other = Fixtures.otherPartner("aLeX7");
            partners.add(other);
            PartnerUser otherUser = other.users().getFirst();

            assertThatThrownBy(() -> accounts.openPartnerUser(other.id(), otherUser))
                    .isInstanceOf(LoginTakenException.class);
            assertThat(accounts.find(otherUser.id())).isEmpty();
            assertThat(accounts.findByLogin("alex7").orElseThrow().partner()).contains(cielBleu.id());
        }

        @Test
        void a_user_added_by_update_with_a_login_taken_meanwhile_is_refused_and_nothing_changes() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            accounts.addCaisseAdministrator(carsatAdministrator("Martin37"));
            Partner withMartin = cielBleu.createUser(cielBleu.administrators().get(0).id(),
                    new fr.portailpartenaires.domain.partner.PartnerUser(
                            fr.portailpartenaires.domain.user.UserId.random(), Login.of("martin37"),
                            fr.portailpartenaires.domain.user.LastName.of("MARTIN"),
                            fr.portailpartenaires.domain.user.FirstName.of("Mikael"), java.util.Optional.empty(),
                            fr.portailpartenaires.domain.shared.EmailAddress.of("mikael@cielbleu.example"), false))
                    .orElseThrow();

            assertThat(partners.update(withMartin)).isTrue();
            PartnerUser martin = withMartin.users().stream().filter(user -> user.login().key().equals("martin37"))
                    .findFirst().orElseThrow();

            assertThatThrownBy(() -> accounts.openPartnerUser(cielBleu.id(), martin))
                    .isInstanceOf(LoginTakenException.class);
            assertThat(accounts.find(martin.id())).isEmpty();
            assertThat(partners.find(cielBleu.id()).orElseThrow().users()).isEqualTo(cielBleu.users());
        }
    }

    @Nested
    class Credentials_and_logins {

        @Test
        void a_temporary_password_then_a_chosen_one_are_stored() {
            CaisseAdministrator administrator = carsatAdministrator("NadiaL");
            accounts.addCaisseAdministrator(administrator);
            var expiresAt = NOW.plus(Duration.ofHours(72));

            accounts.setPassword(administrator.id(), "$argon2id$temporaire", Optional.of(expiresAt), true);

            Credentials temporary = accounts.find(administrator.id()).orElseThrow();
            assertThat(temporary.passwordHash()).contains("$argon2id$temporaire");
            assertThat(temporary.passwordExpiresAt()).contains(expiresAt);
            assertThat(temporary.mustChangePassword()).isTrue();

            accounts.setPassword(administrator.id(), "$argon2id$choisi", Optional.empty(), false);

            Credentials chosen = accounts.find(administrator.id()).orElseThrow();
            assertThat(chosen.passwordHash()).contains("$argon2id$choisi");
            assertThat(chosen.passwordExpiresAt()).isEmpty();
            assertThat(chosen.mustChangePassword()).isFalse();
        }

        @Test
        void a_login_is_recorded_for_the_next_one_to_show() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            UserId alex7 = cielBleu.users().getFirst().id();
            var at = NOW.plus(Duration.ofDays(1));

            accounts.recordLogin(alex7, at);

            assertThat(accounts.find(alex7).orElseThrow().lastLoginAt()).contains(at);
        }

        @Test
        void the_password_of_one_account_changes_no_other() {
            CaisseAdministrator nadia = carsatAdministrator("NadiaL");
            CaisseAdministrator other = new CaisseAdministrator(UserId.random(), CaisseCode.of("CAF-62"),
                    Login.of("Paul62"), LastName.of("DUPONT"), FirstName.of("Paul"), EmailAddress.of("paul@caf62.fr"));
            accounts.addCaisseAdministrator(nadia);
            accounts.addCaisseAdministrator(other);

            accounts.setPassword(nadia.id(), "$argon2id$nadia", Optional.empty(), false);

            assertThat(accounts.find(other.id()).orElseThrow().passwordHash()).isEmpty();
            assertThat(accounts.find(other.id()).orElseThrow().caisse()).contains(CaisseCode.of("CAF-62"));
        }
    }
}
