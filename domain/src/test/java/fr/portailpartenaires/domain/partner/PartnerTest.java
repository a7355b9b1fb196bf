package fr.portailpartenaires.domain.partner;

import static fr.portailpartenaires.domain.partner.CielBleu.ALEX7;
import static fr.portailpartenaires.domain.partner.CielBleu.MARTIN37;
import static fr.portailpartenaires.domain.partner.CielBleu.SOLANGE778;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PartnerTest {

    private static final UserId STRANGER = new UserId(UUID.fromString("00000000-0000-4000-8000-0000000000ff"));

    private static Partner ok(Result<Partner> result) {
        assertThat(result).isInstanceOf(Result.Ok.class);
        return result.orElseThrow();
    }

    private static void assertRefused(Result<Partner> result, PartnerRefusal expected, String message) {
        assertThat(result).isEqualTo(Result.refused(expected.refusal()));
        assertThat(expected.refusal().message()).isEqualTo(message);
    }

    private static Stream<Named> everyOperation() {
        UserChanges changes = new UserChanges(LastName.of("MARTIN"), FirstName.of("Mickaël"), Optional.empty(),
                EmailAddress.of("mickael@fr.fr"));
        PartnerData data = new PartnerData(PartnerName.of("Ciel Bleu"), Optional.empty(), CielBleu.PHONE,
                Optional.empty());
        PartnerUser newUser = new PartnerUser(new UserId(UUID.randomUUID()), Login.of("Nouveau1"),
                LastName.of("NOUVEAU"), FirstName.of("Paul"), Optional.empty(), EmailAddress.of("paul@fr.fr"), false);
        return Stream.of(
                new Named("createUser", (actor, partner) -> partner.createUser(actor, newUser)),
                new Named("modifyUser", (actor, partner) -> partner.modifyUser(actor, MARTIN37, changes)),
                new Named("grantAdministration", (actor, partner) -> partner.grantAdministration(actor, MARTIN37)),
                new Named("revokeAdministration", (actor, partner) -> partner.revokeAdministration(actor, ALEX7)),
                new Named("deleteUser", (actor, partner) -> partner.deleteUser(actor, MARTIN37)),
                new Named("modifyPartnerData", (actor, partner) -> partner.modifyPartnerData(actor, data)),
                new Named("modifyAddress", (actor, partner) -> partner.modifyAddress(actor, CielBleu.address())));
    }

    record Named(String name, BiFunction<UserId, Partner, Result<Partner>> operation) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Nested
    class Registering {
        @Test
        void makes_its_first_user_an_administrator_at_version_0() {
            Partner partner = CielBleu.registered();
            assertThat(partner.users()).extracting(user -> user.login().value()).containsExactly("Alex7");
            assertThat(partner.isAdministrator(ALEX7)).isTrue();
            assertThat(partner.version()).isZero();
            assertThat(partner.email()).isEmpty();
            assertThat(partner.siret()).contains(CielBleu.SIRET);
        }

        @Test
        void makes_the_first_user_an_administrator_even_if_not_asked() {
            PartnerUser notAdministrator = new PartnerUser(ALEX7, Login.of("Alex7"), LastName.of("GRIZZI"),
                    FirstName.of("Alexandre"), Optional.of(CielBleu.PHONE), EmailAddress.of("alexandre52@fr.fr"), false);
            Partner partner = Partner.register(CielBleu.ID, CielBleu.NAME, Optional.empty(), CielBleu.PHONE,
                    CielBleu.address(), notAdministrator);
            assertThat(partner.administrators()).extracting(PartnerUser::id).containsExactly(ALEX7);
        }

        @Test
        void heads_its_address_with_its_name() {
            assertThat(CielBleu.registered().address().lines())
                    .containsExactly("Association Ciel Bleu", "107 B Esplanade de Madrid", "62000 ARRAS");
        }
    }

    @Nested
    class The_seed_story {
        @Test
        void alex7_creates_martin37_without_and_solange778_with_the_administrator_right() {
            Partner partner = CielBleu.withItsThreeUsers();
            assertThat(partner.users())
                    .extracting(user -> user.login().value(), user -> user.lastName().value(),
                            user -> user.firstName().value(), PartnerUser::administrator)
                    .containsExactly(
                            tuple("Alex7", "GRIZZI", "Alexandre", true),
                            tuple("Martin37", "MARTIN", "Mikael", false),
                            tuple("Solange778", "SOLEIL", "Solange", true));
            assertThat(partner.administrators()).extracting(PartnerUser::id).containsExactly(ALEX7, SOLANGE778);
        }

        @Test
        void alex7_grants_martin37_then_revokes_and_deletes_solange778() {
            Partner partner = ok(CielBleu.withItsThreeUsers().grantAdministration(ALEX7, MARTIN37));
            assertThat(partner.isAdministrator(MARTIN37)).isTrue();

            partner = ok(partner.revokeAdministration(ALEX7, SOLANGE778));
            assertThat(partner.isAdministrator(SOLANGE778)).isFalse();

            partner = ok(partner.deleteUser(ALEX7, SOLANGE778));
            assertThat(partner.user(SOLANGE778)).isEmpty();
            assertThat(partner.users()).extracting(PartnerUser::id).containsExactly(ALEX7, MARTIN37);
        }

        @Test
        void solange778_changes_her_own_phone_number() {
            UserChanges changes = new UserChanges(LastName.of("SOLEIL"), FirstName.of("Solange"),
                    Optional.of(PhoneNumber.of("03 02 01 05 11")), EmailAddress.of("solange778@fr.fr"));
            Partner partner = ok(CielBleu.withItsThreeUsers().modifyUser(SOLANGE778, SOLANGE778, changes));
            assertThat(partner.user(SOLANGE778).orElseThrow().phone()).contains(PhoneNumber.of("0302010511"));
        }
    }

    @Nested
    class Only_an_administrator_of_the_partner {
        @ParameterizedTest
        @MethodSource("fr.portailpartenaires.domain.partner.PartnerTest#everyOperation")
        void may_act_not_a_simple_user(Named operation) {
            assertRefused(operation.operation().apply(MARTIN37, CielBleu.withItsThreeUsers()),
                    PartnerRefusal.ADMINISTRATOR_REQUIRED, "Seul un administrateur du partenaire peut effectuer cette opération.");
        }

        @ParameterizedTest
        @MethodSource("fr.portailpartenaires.domain.partner.PartnerTest#everyOperation")
        void may_act_not_a_user_of_another_partner(Named operation) {
            assertRefused(operation.operation().apply(STRANGER, CielBleu.withItsThreeUsers()),
                    PartnerRefusal.ADMINISTRATOR_REQUIRED, "Seul un administrateur du partenaire peut effectuer cette opération.");
        }

        @ParameterizedTest
        @MethodSource("fr.portailpartenaires.domain.partner.PartnerTest#everyOperation")
        void and_any_of_them_may_act(Named operation) {
            assertThat(operation.operation().apply(SOLANGE778, CielBleu.withItsThreeUsers()).isOk()).isTrue();
        }
    }

    @Nested
    class A_target_user {
        @Test
        void unknown_to_the_partner_is_not_found_whether_it_exists_elsewhere_or_not() {
            Partner other = Partner.register(PartnerId.random(), PartnerName.of("Autre partenaire"), Optional.empty(),
                    CielBleu.PHONE, CielBleu.address(), new PartnerUser(STRANGER, Login.of("Autre1"),
                            LastName.of("AUTRE"), FirstName.of("Anne"), Optional.empty(), EmailAddress.of("anne@fr.fr"),
                            true));
            assertThat(other.user(STRANGER)).isPresent();
            Partner partner = CielBleu.withItsThreeUsers();
            UserId nobody = UserId.random();
            for (UserId target : List.of(STRANGER, nobody)) {
                assertRefused(partner.grantAdministration(ALEX7, target), PartnerRefusal.USER_NOT_FOUND, "Utilisateur introuvable.");
                assertRefused(partner.revokeAdministration(ALEX7, target), PartnerRefusal.USER_NOT_FOUND, "Utilisateur introuvable.");
                assertRefused(partner.deleteUser(ALEX7, target), PartnerRefusal.USER_NOT_FOUND, "Utilisateur introuvable.");
                assertRefused(partner.modifyUser(ALEX7, target, new UserChanges(LastName.of("X"), FirstName.of("Y"),
                        Optional.empty(), EmailAddress.of("x@y.fr"))), PartnerRefusal.USER_NOT_FOUND, "Utilisateur introuvable.");
            }
        }

        @Test
        void is_not_looked_up_for_a_non_administrator_so_nothing_is_revealed() {
            assertThat(CielBleu.withItsThreeUsers().deleteUser(MARTIN37, UserId.random()))
                    .isEqualTo(Result.refused(PartnerRefusal.ADMINISTRATOR_REQUIRED.refusal()));
        }
    }

    @Nested
    class The_administrator_right {
        @Test
        void cannot_be_revoked_by_its_holder_even_with_other_administrators() {
            Partner partner = CielBleu.withItsThreeUsers();
            assertThat(partner.administrators()).hasSize(2);
            assertRefused(partner.revokeAdministration(ALEX7, ALEX7), PartnerRefusal.SELF_REVOCATION,
                    "Vous ne pouvez pas retirer vos propres droits d'administration.");
        }

        @Test
        void cannot_be_revoked_by_the_only_administrator_from_themself() {
            assertRefused(CielBleu.registered().revokeAdministration(ALEX7, ALEX7), PartnerRefusal.SELF_REVOCATION,
                    "Vous ne pouvez pas retirer vos propres droits d'administration.");
        }

        @Test
        void granted_to_an_administrator_changes_nothing() {
            Partner partner = CielBleu.withItsThreeUsers();
            assertThat(partner.grantAdministration(ALEX7, SOLANGE778)).isEqualTo(Result.ok(partner));
        }

        @Test
        void revoked_from_a_simple_user_changes_nothing() {
            Partner partner = CielBleu.withItsThreeUsers();
            assertThat(partner.revokeAdministration(ALEX7, MARTIN37)).isEqualTo(Result.ok(partner));
        }

        @Test
        void can_never_leave_a_partner_without_administrator() {
            PartnerUser alone = CielBleu.registered().users().getFirst();
            assertThatThrownBy(() -> new Partner(CielBleu.ID, CielBleu.NAME, Optional.empty(), CielBleu.PHONE,
                    Optional.empty(), CielBleu.address(), List.of(alone.withAdministrator(false)), 3))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Le partenaire doit conserver au moins un administrateur.")
                    .extracting(e -> ((InvalidValueException) e).refusal())
                    .isEqualTo(PartnerRefusal.LAST_ADMINISTRATOR.refusal());
            assertThatThrownBy(() -> new Partner(CielBleu.ID, CielBleu.NAME, Optional.empty(), CielBleu.PHONE,
                    Optional.empty(), CielBleu.address(), List.of(), 0))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    class Deleting_a_user {
        @Test
        void removes_a_simple_user() {
            Partner partner = ok(CielBleu.withItsThreeUsers().deleteUser(ALEX7, MARTIN37));
            assertThat(partner.user(MARTIN37)).isEmpty();
            assertThat(partner.users()).hasSize(2);
        }

        @Test
        void is_refused_for_an_administrator_until_the_right_is_revoked() {
            Partner partner = CielBleu.withItsThreeUsers();
            assertRefused(partner.deleteUser(ALEX7, SOLANGE778), PartnerRefusal.ADMINISTRATOR_DELETION,
                    "Retirez d'abord les droits d'administration de cet utilisateur avant de le supprimer.");
            Partner revoked = ok(partner.revokeAdministration(ALEX7, SOLANGE778));
            assertThat(revoked.deleteUser(ALEX7, SOLANGE778).isOk()).isTrue();
        }

        @Test
        void of_oneself_is_refused_saying_why_and_who_can_do_it() {
            assertRefused(CielBleu.registered().deleteUser(ALEX7, ALEX7), PartnerRefusal.SELF_DELETION,
                    "Vous ne pouvez pas supprimer votre propre compte. Demandez à un autre administrateur du "
                            + "partenaire de le faire ; s'il n'y en a pas, donnez d'abord les droits d'administration "
                            + "à un autre utilisateur.");
            assertRefused(CielBleu.withItsThreeUsers().deleteUser(ALEX7, ALEX7), PartnerRefusal.SELF_DELETION,
                    PartnerRefusal.SELF_DELETION.refusal().message());
        }
    }

    @Nested
    class Creating_a_user {
        @Test
        void is_refused_when_the_login_is_used_in_the_partner_whatever_its_case() {
            PartnerUser sameLogin = new PartnerUser(UserId.random(), Login.of("MARTIN37"), LastName.of("MARTIN"),
                    FirstName.of("Marc"), Optional.empty(), EmailAddress.of("marc@fr.fr"), false);
            assertRefused(CielBleu.withItsThreeUsers().createUser(ALEX7, sameLogin), PartnerRefusal.LOGIN_ALREADY_USED,
                    "Cet identifiant est déjà utilisé : choisissez-en un autre.");
        }

        @Test
        void keeps_the_administrator_right_asked_for() {
            Partner partner = CielBleu.withItsThreeUsers();
            assertThat(partner.isAdministrator(MARTIN37)).isFalse();
            assertThat(partner.isAdministrator(SOLANGE778)).isTrue();
            assertThat(partner.user(MARTIN37).orElseThrow().email()).isEqualTo(EmailAddress.of("martin37@fr.fr"));
        }

        @Test
        void with_an_id_already_in_the_partner_is_a_bug() {
            PartnerUser sameId = new PartnerUser(MARTIN37, Login.of("Autre37"), LastName.of("AUTRE"),
                    FirstName.of("Paul"), Optional.empty(), EmailAddress.of("p@fr.fr"), false);
            Partner partner = CielBleu.withItsThreeUsers();
            assertThatThrownBy(() -> partner.createUser(ALEX7, sameId)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Modifying_a_user {
        @Test
        void changes_every_field_but_the_login_and_the_right() {
            UserChanges changes = new UserChanges(LastName.of("MARTIN-DURAND"), FirstName.of("Mickaël"),
                    Optional.of(PhoneNumber.of("06 12 34 56 78")), EmailAddress.of("mickael.martin@fr.fr"));
            Partner partner = ok(CielBleu.withItsThreeUsers().modifyUser(ALEX7, MARTIN37, changes));
            assertThat(partner.user(MARTIN37)).contains(new PartnerUser(MARTIN37, Login.of("Martin37"),
                    LastName.of("MARTIN-DURAND"), FirstName.of("Mickaël"), Optional.of(PhoneNumber.of("0612345678")),
                    EmailAddress.of("mickael.martin@fr.fr"), false));
            assertThat(partner.users()).extracting(PartnerUser::id).containsExactly(ALEX7, MARTIN37, SOLANGE778);
        }
    }

    @Nested
    class Modifying_the_partner {
        @Test
        void replaces_name_siret_phone_and_email_and_renames_the_address() {
            PartnerData data = new PartnerData(PartnerName.of("Association Ciel Bleu Arras"),
                    Optional.of(Siret.of("35600000010014")), PhoneNumber.of("03 21 00 00 00"),
                    Optional.of(EmailAddress.of("contact@cielbleu.fr")));
            Partner partner = ok(CielBleu.withItsThreeUsers().modifyPartnerData(ALEX7, data));
            assertThat(partner.name()).isEqualTo(PartnerName.of("Association Ciel Bleu Arras"));
            assertThat(partner.siret()).contains(Siret.of("35600000010014"));
            assertThat(partner.phone()).isEqualTo(PhoneNumber.of("0321000000"));
            assertThat(partner.email()).contains(EmailAddress.of("contact@cielbleu.fr"));
            assertThat(partner.address().identiteDestinataire()).contains("Association Ciel Bleu Arras");
            assertThat(partner.users()).isEqualTo(CielBleu.withItsThreeUsers().users());
        }

        @Test
        void can_drop_the_siret_and_the_email() {
            PartnerData data = new PartnerData(CielBleu.NAME, Optional.empty(), CielBleu.PHONE, Optional.empty());
            assertThat(ok(CielBleu.registered().modifyPartnerData(ALEX7, data)).siret()).isEmpty();
        }

        @Test
        void changes_every_address_field_but_the_identity_line() {
            PostalAddress moved = PostalAddress.builder().identiteDestinataire("Quelqu'un d'autre")
                    .batimentResidence("Bat 33").numero("107").complement("bis").typeEtLibelleVoie("Esplanade de Madrid")
                    .lieuDitBoitePostale("BP1972").codePostal("62000").commune("Arras").build();
            Partner partner = ok(CielBleu.registered().modifyAddress(ALEX7, moved));
            assertThat(partner.address().lines()).containsExactly("Association Ciel Bleu", "Bat 33",
                    "107 B Esplanade de Madrid", "BP1972", "62000 ARRAS");
        }
    }

    @Nested
    class As_an_aggregate {
        @Test
        void carries_the_version_it_was_read_at_through_every_operation() {
            Partner read = new Partner(CielBleu.ID, CielBleu.NAME, Optional.empty(), CielBleu.PHONE, Optional.empty(),
                    CielBleu.address(), CielBleu.withItsThreeUsers().users(), 12);
            List<Function<Partner, Result<Partner>>> operations = List.of(
                    partner -> partner.grantAdministration(ALEX7, MARTIN37),
                    partner -> partner.revokeAdministration(ALEX7, SOLANGE778),
                    partner -> partner.deleteUser(ALEX7, MARTIN37),
                    partner -> partner.modifyAddress(ALEX7, CielBleu.address()));
            assertThat(operations).allSatisfy(operation -> assertThat(ok(operation.apply(read)).version()).isEqualTo(12));
        }

        @Test
        void cannot_be_built_with_two_users_sharing_a_login_whatever_its_case() {
            PartnerUser alex = CielBleu.registered().users().getFirst();
            PartnerUser twin = new PartnerUser(UserId.random(), Login.of("ALEX7"), LastName.of("GRIZZI"),
                    FirstName.of("Alex"), Optional.empty(), EmailAddress.of("a@fr.fr"), false);
            assertThatThrownBy(() -> new Partner(CielBleu.ID, CielBleu.NAME, Optional.empty(), CielBleu.PHONE,
                    Optional.empty(), CielBleu.address(), List.of(alex, twin), 0))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Cet identifiant est déjà utilisé : choisissez-en un autre.");
        }

        @Test
        void cannot_be_built_with_a_negative_version_or_two_users_sharing_an_id() {
            List<PartnerUser> users = CielBleu.withItsThreeUsers().users();
            assertThatThrownBy(() -> new Partner(CielBleu.ID, CielBleu.NAME, Optional.empty(), CielBleu.PHONE,
                    Optional.empty(), CielBleu.address(), users, -1)).isInstanceOf(IllegalArgumentException.class);
            PartnerUser clone = new PartnerUser(ALEX7, Login.of("Clone7"), LastName.of("CLONE"), FirstName.of("Alex"),
                    Optional.empty(), EmailAddress.of("c@fr.fr"), false);
            assertThatThrownBy(() -> new Partner(CielBleu.ID, CielBleu.NAME, Optional.empty(), CielBleu.PHONE,
                    Optional.empty(), CielBleu.address(), List.of(users.getFirst(), clone), 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("id");
        }

        @Test
        void hands_out_an_unmodifiable_list_of_users() {
            assertThatThrownBy(() -> CielBleu.registered().users().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
