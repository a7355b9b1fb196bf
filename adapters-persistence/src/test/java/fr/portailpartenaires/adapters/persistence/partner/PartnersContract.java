package fr.portailpartenaires.adapters.persistence.partner;

import fr.portailpartenaires.adapters.persistence.Fixtures;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerData;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.partner.UserChanges;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.PostalCode;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A partner and its users are one aggregate, stored with an optimistic version; its users are read from their
 * accounts, which alone write their identity (ADR 26): the partner's save writes its data and its users' right.
 */
abstract class PartnersContract {

    /** Empties the stores: each test starts from the reference data only. */
    protected abstract void clear();

    protected abstract Partners partners();

    /** The accounts, which the partners' users are. */
    protected abstract Accounts accounts();

    /** How many accounts the partner's users have. */
    protected abstract int accountsOf(PartnerId partner);

    /** The version the store holds for the partner. */
    protected abstract long storedVersion(PartnerId partner);

    Partners partners;
    Accounts accounts;

    @BeforeEach
    void setUp() {
        clear();
        partners = partners();
        accounts = accounts();
    }

    static UserId administratorOf(Partner partner) {
        return partner.administrators().getFirst().id();
    }

    /** The partner as {@link Partners#find} gives it back: users ordered by login key. */
    private static Partner asStored(Partner partner, long version) {
        return new Partner(partner.id(), partner.name(), partner.siret(), partner.phone(), partner.email(),
                partner.address(), partner.users().stream()
                        .sorted(Comparator.comparing((PartnerUser user) -> user.login().key())).toList(),
                version);
    }

    @Nested
    class Round_trips {

        @Test
        void the_seed_partner_comes_back_as_it_was_stored_with_version_0() {
            Partner cielBleu = Fixtures.cielBleu();

            Fixtures.store(partners, accounts, cielBleu);

            Partner found = partners.find(cielBleu.id()).orElseThrow();
            assertThat(found).isEqualTo(cielBleu);
            assertThat(found.version()).isZero();
            assertThat(found.address().lines())
                    .containsExactly("Association Ciel Bleu", "107 B Esplanade de Madrid", "62000 ARRAS");
            assertThat(found.siret().orElseThrow().value()).isEqualTo("12345678298741");
            assertThat(found.phone().display()).isEqualTo("03 02 01 05 09");
        }

        @Test
        void every_address_field_and_every_absent_optional_field_come_back() {
            Partner other = Fixtures.otherPartner("Claire62");

            Fixtures.store(partners, accounts, other);

            Partner found = partners.find(other.id()).orElseThrow();
            assertThat(found).isEqualTo(other);
            assertThat(found.siret()).isEmpty();
            assertThat(found.email()).isEmpty();
            assertThat(found.address().canton()).contains("Arras-1");
            assertThat(found.users().getFirst().phone()).isEmpty();
        }

        @Test
        void an_unknown_partner_is_not_found() {
            Fixtures.store(partners, accounts, Fixtures.cielBleu());

            assertThat(partners.find(PartnerId.random())).isEmpty();
        }
    }

    @Nested
    class Updates {

        @Test
        void new_partner_data_and_address_are_stored_and_the_version_is_incremented() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            UserId alex7 = administratorOf(cielBleu);
            PartnerData data = new PartnerData(PartnerName.of("Association Ciel Bleu Arras"), Optional.empty(),
                    PhoneNumber.of("0321212121"), Optional.of(EmailAddress.of("contact@cielbleu.fr")));
            PostalAddress address = new PostalAddress(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("BP 12"),
                    PostalCode.of("62000"), "Arras", Optional.empty(), Optional.empty());
            Partner changed = partners.find(cielBleu.id()).orElseThrow()
                    .modifyPartnerData(alex7, data).orElseThrow()
                    .modifyAddress(alex7, address).orElseThrow();

            assertThat(partners.update(changed)).isTrue();

            Partner found = partners.find(cielBleu.id()).orElseThrow();
            assertThat(found).isEqualTo(asStored(changed, 1));
            assertThat(found.address().lines()).containsExactly("Association Ciel Bleu Arras", "BP 12", "62000 ARRAS");
        }

        @Test
        void of_two_updates_from_the_same_read_the_second_is_refused_and_the_first_kept() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            UserId alex7 = administratorOf(cielBleu);
            Partner read = partners.find(cielBleu.id()).orElseThrow();
            Partner first = read.modifyPartnerData(alex7, new PartnerData(PartnerName.of("Ciel Bleu Premier"),
                    read.siret(), read.phone(), read.email())).orElseThrow();
            Partner second = read.modifyPartnerData(alex7, new PartnerData(PartnerName.of("Ciel Bleu Second"),
                    read.siret(), read.phone(), read.email())).orElseThrow()
                    .createUser(alex7, Fixtures.martin37()).orElseThrow();

            assertThat(partners.update(first)).isTrue();
            assertThat(partners.update(second)).isFalse();

            Partner found = partners.find(cielBleu.id()).orElseThrow();
            assertThat(found).isEqualTo(asStored(first, 1));
            assertThat(accountsOf(cielBleu.id())).isEqualTo(1);
        }

        @Test
        void a_partner_read_again_after_a_conflict_can_be_updated() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            UserId alex7 = administratorOf(cielBleu);
            Partner stale = partners.find(cielBleu.id()).orElseThrow();
            assertThat(partners.update(stale)).isTrue();
            assertThat(partners.update(stale)).isFalse();

            Partner fresh = partners.find(cielBleu.id()).orElseThrow().createUser(alex7, Fixtures.martin37()).orElseThrow();

            assertThat(partners.update(fresh)).isTrue();
            assertThat(partners.find(cielBleu.id()).orElseThrow().version()).isEqualTo(2);
            assertThat(storedVersion(cielBleu.id())).isEqualTo(2L);
        }

    }

    @Nested
    class User_synchronisation {

        @Test
        void users_created_modified_and_deleted_through_the_partner_and_their_accounts_are_stored_so() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            UserId alex7 = administratorOf(cielBleu);
            PartnerUser martin = Fixtures.martin37();
            PartnerUser solange = Fixtures.solange778();

            Partner withUsers = partners.find(cielBleu.id()).orElseThrow()
                    .createUser(alex7, solange).orElseThrow()
                    .createUser(alex7, martin).orElseThrow();
            assertThat(partners.update(withUsers)).isTrue();
            accounts.openPartnerUser(cielBleu.id(), withUsers.user(solange.id()).orElseThrow());
            accounts.openPartnerUser(cielBleu.id(), withUsers.user(martin.id()).orElseThrow());

            Partner stored = partners.find(cielBleu.id()).orElseThrow();
            assertThat(stored).isEqualTo(asStored(withUsers, 1));
            assertThat(stored.users()).extracting(user -> user.login().value())
                    .containsExactly("Alex7", "Martin37", "Solange778");
            assertThat(stored.user(solange.id()).orElseThrow().administrator()).isTrue();

            UserChanges martinChanges = new UserChanges(LastName.of("MARTIN-DUVAL"), FirstName.of("Mikaël"),
                    Optional.of(PhoneNumber.of("0601020304")), EmailAddress.of("m.martin-duval@cielbleu.fr"));
            Partner changed = stored
                    .modifyUser(alex7, martin.id(), martinChanges).orElseThrow()
                    .grantAdministration(alex7, martin.id()).orElseThrow()
                    .revokeAdministration(alex7, solange.id()).orElseThrow()
                    .deleteUser(alex7, solange.id()).orElseThrow();
            assertThat(partners.update(changed)).isTrue();
            accounts.setNamesAndPhone(martin.id(), martinChanges.lastName(), martinChanges.firstName(),
                    martinChanges.phone());
            accounts.setEmail(martin.id(), martinChanges.email());
            accounts.removePartnerUser(solange.id());

            Partner found = partners.find(cielBleu.id()).orElseThrow();
            assertThat(found).isEqualTo(asStored(changed, 2));
            PartnerUser martinFound = found.user(martin.id()).orElseThrow();
            assertThat(martinFound.login()).isEqualTo(Login.of("Martin37"));
            assertThat(martinFound.lastName()).isEqualTo(LastName.of("MARTIN-DUVAL"));
            assertThat(martinFound.phone()).contains(PhoneNumber.of("0601020304"));
            assertThat(martinFound.administrator()).isTrue();
            assertThat(found.user(solange.id())).isEmpty();
            assertThat(accounts.find(solange.id())).isEmpty();
            assertThat(accounts.loginTaken("solange778")).isFalse();
        }

        @Test
        void the_partners_save_writes_its_users_right_and_never_their_identity() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            UserId alex7 = administratorOf(cielBleu);
            PartnerUser martin = Fixtures.martin37();
            Partner withMartin = partners.find(cielBleu.id()).orElseThrow().createUser(alex7, martin).orElseThrow();
            assertThat(partners.update(withMartin)).isTrue();
            accounts.openPartnerUser(cielBleu.id(), withMartin.user(martin.id()).orElseThrow());
            PartnerUser before = partners.find(cielBleu.id()).orElseThrow().user(martin.id()).orElseThrow();

            Partner changed = partners.find(cielBleu.id()).orElseThrow()
                    .modifyUser(alex7, martin.id(), new UserChanges(LastName.of("DUVAL"), FirstName.of("Marc"),
                            Optional.of(PhoneNumber.of("0699999999")), EmailAddress.of("marc@ailleurs.example")))
                    .orElseThrow()
                    .grantAdministration(alex7, martin.id()).orElseThrow();
            assertThat(partners.update(changed)).isTrue();

            PartnerUser found = partners.find(cielBleu.id()).orElseThrow().user(martin.id()).orElseThrow();
            assertThat(found.administrator()).isTrue();
            assertThat(found).isEqualTo(new PartnerUser(before.id(), before.login(), before.lastName(),
                    before.firstName(), before.phone(), before.email(), true));
            assertThat(accounts.find(martin.id()).orElseThrow().email()).isEqualTo(before.email());
        }

        @Test
        void a_user_without_an_account_yet_is_not_read_and_gets_one_with_the_right_they_are_created_with() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            UserId alex7 = administratorOf(cielBleu);
            PartnerUser solange = Fixtures.solange778();
            Partner withSolange = partners.find(cielBleu.id()).orElseThrow().createUser(alex7, solange).orElseThrow();

            assertThat(partners.update(withSolange)).isTrue();
            assertThat(partners.find(cielBleu.id()).orElseThrow().user(solange.id())).isEmpty();
            assertThat(accountsOf(cielBleu.id())).isEqualTo(1);

            accounts.openPartnerUser(cielBleu.id(), withSolange.user(solange.id()).orElseThrow());
            assertThat(partners.find(cielBleu.id()).orElseThrow().user(solange.id()).orElseThrow().administrator())
                    .isEqualTo(solange.administrator());
        }

        @Test
        void an_identity_change_keeps_the_credentials_of_the_users() {
            Partner cielBleu = Fixtures.cielBleu();
            Fixtures.store(partners, accounts, cielBleu);
            UserId alex7 = administratorOf(cielBleu);
            accounts.setPassword(alex7, "$argon2id$alex7", Optional.of(NOW.plusSeconds(3600)), true);
            accounts.recordLogin(alex7, NOW);
            Partner changed = partners.find(cielBleu.id()).orElseThrow()
                    .modifyUser(alex7, alex7, new UserChanges(LastName.of("GRIZZI"), FirstName.of("Alex"),
                            Optional.empty(), EmailAddress.of("alex@cielbleu.fr"))).orElseThrow();

            assertThat(partners.update(changed)).isTrue();
            accounts.setNamesAndPhone(alex7, LastName.of("GRIZZI"), FirstName.of("Alex"), Optional.empty());
            accounts.setEmail(alex7, EmailAddress.of("alex@cielbleu.fr"));

            var credentials = accounts.find(alex7).orElseThrow();
            assertThat(credentials.passwordHash()).contains("$argon2id$alex7");
            assertThat(credentials.passwordExpiresAt()).contains(NOW.plusSeconds(3600));
            assertThat(credentials.mustChangePassword()).isTrue();
            assertThat(credentials.lastLoginAt()).contains(NOW);
            assertThat(credentials.email()).isEqualTo(EmailAddress.of("alex@cielbleu.fr"));
            assertThat(credentials.login()).isEqualTo(Login.of("Alex7"));
            assertThat(partners.find(cielBleu.id()).orElseThrow().user(alex7).orElseThrow().lastName())
                    .isEqualTo(LastName.of("GRIZZI"));
        }

        @Test
        void the_users_of_another_partner_are_left_alone() {
            Partner cielBleu = Fixtures.cielBleu();
            Partner other = Fixtures.otherPartner("Claire62");
            Fixtures.store(partners, accounts, cielBleu);
            Fixtures.store(partners, accounts, other);
            UserId alex7 = administratorOf(cielBleu);

            PartnerUser martin = Fixtures.martin37();
            Partner changed = partners.find(cielBleu.id()).orElseThrow().createUser(alex7, martin).orElseThrow();
            assertThat(partners.update(changed)).isTrue();
            accounts.openPartnerUser(cielBleu.id(), changed.user(martin.id()).orElseThrow());

            assertThat(partners.find(other.id())).contains(other);
        }
    }
}
