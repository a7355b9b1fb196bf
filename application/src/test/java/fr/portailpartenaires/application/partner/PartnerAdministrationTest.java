package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.application.testing.RegistrationFormBuilder;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static fr.portailpartenaires.application.testing.PortalFixture.FROM;
import static fr.portailpartenaires.application.testing.PortalFixture.partnerUser;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.partner.AdministerMyPartner.PartnerDataForm;
import fr.portailpartenaires.application.partner.AdministerMyPartner.PartnerDetails;
import fr.portailpartenaires.application.account.Authenticate.LoggedIn;
import fr.portailpartenaires.application.partner.ManagePartnerUsers.NewUserForm;
import fr.portailpartenaires.application.partner.ManagePartnerUsers.UserForm;
import fr.portailpartenaires.application.partner.ManagePartnerUsers.UserView;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The partner's own administrators manage its data, address, users and administrator rights (spec §3.1, §3.2),
 * through the use cases on in-memory ports.
 */
class PartnerAdministrationTest {

    private final PortalFixture portal = new PortalFixture();
    private PartnerId cielBleu;
    private UserId alex7;
    private Principal alex;

    @BeforeEach
    void association_ciel_bleu_with_its_administrator_alex7() {
        cielBleu = PartnerId.random();
        alex7 = portal.nextUserId();
        portal.storePartner(Partner.register(cielBleu, PartnerName.of("Association Ciel Bleu"),
                Optional.of(Siret.of("12345678298741")), PhoneNumber.of("0302010509"),
                PostalAddress.builder().numero("107").complement("B").typeEtLibelleVoie("Esplanade de Madrid")
                        .codePostal("62000").commune("Arras").build(),
                new PartnerUser(alex7, Login.of("Alex7"), LastName.of("GRIZZI"), FirstName.of("Alexandre"),
                        Optional.of(PhoneNumber.of("0302010509")), EmailAddress.of("alexandre.grizzi@cielbleu.fr"), true)));
        alex = partnerUser(cielBleu, alex7);
    }

    private static NewUserForm martin() {
        return new NewUserForm("MARTIN", "Mikael", "Martin37", "06 01 02 03 04", "martin37@fr.fr", false);
    }

    private static NewUserForm solange() {
        return new NewUserForm("SOLEIL", "Solange", "Solange778", null, "solange778@fr.fr", true);
    }

    private UserView created(NewUserForm form) {
        return done(portal.partnerUsers.create(alex, form, FROM));
    }

    private Principal principalOf(UserView user) {
        return partnerUser(cielBleu, new UserId(user.id()));
    }

    private Partner stored() {
        return portal.partners.find(cielBleu).orElseThrow();
    }

    /** Runs the refused call and checks that it changed nothing: partner, mails, audit trail. */
    private <T> Outcome.Refused<?> refusedWithoutChange(Outcome.Reason reason, java.util.function.Supplier<Outcome<T>> call) {
        Partner before = stored();
        int mails = portal.mails().size();
        int events = portal.audit.events().size();
        Outcome.Refused<?> refused = refused(call.get(), reason);
        assertThat(stored()).isEqualTo(before);
        assertThat(portal.mails()).hasSize(mails);
        assertThat(portal.audit.events()).hasSize(events);
        return refused;
    }

    @Nested
    class Partner_data_and_address {

        @Test
        void an_administrator_reads_the_data_and_the_address_field_by_field() {
            PartnerDetails details = done(portal.partnerAdministration.details(alex));

            assertThat(details.nomPartenaire()).isEqualTo("Association Ciel Bleu");
            assertThat(details.siret()).isEqualTo("12345678298741");
            assertThat(details.telephone()).isEqualTo("03 02 01 05 09");
            assertThat(details.email()).isNull();
            assertThat(details.adresse().numero()).isEqualTo("107");
            assertThat(details.adresse().complement()).isEqualTo("B");
            assertThat(details.adresse().identiteDestinataire()).isEqualTo("Association Ciel Bleu");
            assertThat(details.adresse().lignes())
                    .containsExactly("Association Ciel Bleu", "107 B Esplanade de Madrid", "62000 ARRAS");
        }

        @Test
        void new_data_are_stored_and_audited_with_old_and_new_values_of_the_changed_fields_only() {
            PartnerDetails details = done(portal.partnerAdministration.modifyData(alex, new PartnerDataForm(
                    "Association Ciel Bleu Arras", "12345678298741", "03.21.00.00.00", "contact@cielbleu.fr"), FROM));

            assertThat(details.nomPartenaire()).isEqualTo("Association Ciel Bleu Arras");
            assertThat(details.adresse().lignes().getFirst()).isEqualTo("Association Ciel Bleu Arras");
            assertThat(stored().email()).contains(EmailAddress.of("contact@cielbleu.fr"));
            assertThat(stored().version()).isEqualTo(1);
            AuditEvent event = portal.audit.events(AuditAction.PARTNER_UPDATED).getFirst();
            assertThat(event.actor()).isEqualTo(alex7.value().toString());
            assertThat(event.scope()).contains("partner:" + cielBleu.value());
            assertThat(event.sourceAddress()).contains(FROM);
            assertThat(event.details()).containsExactly(
                    java.util.Map.entry("email.ancien", "(vide)"),
                    java.util.Map.entry("email.nouveau", "contact@cielbleu.fr"),
                    java.util.Map.entry("nom.ancien", "Association Ciel Bleu"),
                    java.util.Map.entry("nom.nouveau", "Association Ciel Bleu Arras"),
                    java.util.Map.entry("telephone.ancien", "0302010509"),
                    java.util.Map.entry("telephone.nouveau", "0321000000"));
        }

        @Test
        void the_same_values_again_store_and_audit_nothing() {
            done(portal.partnerAdministration.modifyData(alex, new PartnerDataForm("Association Ciel Bleu", "12345678298741",
                    "03 02 01 05 09", ""), FROM));

            assertThat(stored().version()).isZero();
            assertThat(portal.audit.events()).isEmpty();
        }

        @Test
        void every_wrong_field_is_reported_at_once_and_nothing_changes() {
            var errors = invalid(refusedOrInvalid(() -> portal.partnerAdministration.modifyData(alex,
                    new PartnerDataForm(" ", "12345678901234", "12", "pas-un-mail"), FROM)));

            assertThat(errors).containsOnlyKeys("nomPartenaire", "siret", "telephone", "email");
            assertThat(errors.get("nomPartenaire")).containsExactly("Le nom du partenaire est obligatoire.");
        }

        @Test
        void a_value_that_looks_like_a_nir_is_masked_in_the_audit_trail() {
            done(portal.partnerAdministration.modifyData(alex, new PartnerDataForm("Association 1850578006084", null,
                    "0302010509", null), FROM));

            AuditEvent event = portal.audit.events(AuditAction.PARTNER_UPDATED).getFirst();
            assertThat(event.details()).containsEntry("nom.nouveau", "(masqué)").containsEntry("siret.nouveau", "(vide)");
        }

        @Test
        void the_address_keeps_the_partner_name_as_first_line_and_every_changed_field_is_audited_within_the_limits() {
            PartnerDetails details = done(portal.partnerAdministration.modifyAddress(alex, new AddressForm("Service des aides",
                    "Résidence Les Tilleuls", "12", "T", "rue des Jardins", "BP 12", "62008", "Arras", "9", "Arras-1"),
                    FROM));

            assertThat(details.adresse().lignes()).containsExactly("Association Ciel Bleu", "Service des aides",
                    "Résidence Les Tilleuls", "12 T rue des Jardins", "BP 12", "62008 ARRAS CEDEX 9");
            assertThat(details.adresse().canton()).isEqualTo("Arras-1");
            List<AuditEvent> events = portal.audit.events(AuditAction.PARTNER_ADDRESS_UPDATED);
            assertThat(events).hasSize(2).allSatisfy(event ->
                    assertThat(event.details()).hasSizeLessThanOrEqualTo(AuditEvent.MAX_DETAILS));
            assertThat(events).extracting(event -> event.details().get("partie")).containsExactly("1/2", "2/2");
            assertThat(events.stream().flatMap(event -> event.details().keySet().stream())
                    .filter(key -> key.endsWith(".nouveau")))
                    .containsExactlyInAnyOrder("mentionComplementaire.nouveau", "batimentResidence.nouveau",
                            "numero.nouveau", "complement.nouveau", "typeEtLibelleVoie.nouveau",
                            "lieuDitBoitePostale.nouveau", "codePostal.nouveau", "cedex.nouveau", "canton.nouveau");
            assertThat(events.getFirst().details()).containsEntry("numero.ancien", "107");
        }

        @Test
        void a_wrong_address_reports_every_field_at_once() {
            var errors = invalid(refusedOrInvalid(() -> portal.partnerAdministration.modifyAddress(alex,
                    new AddressForm(null, null, "12345", "Z", null, null, "6200", "", null, null), FROM)));

            assertThat(errors).containsOnlyKeys("numero", "complement", "codePostal", "commune");
        }
    }

    /** A refused or invalid call changes nothing; answers its outcome for more checks. */
    private <T> Outcome<T> refusedOrInvalid(java.util.function.Supplier<Outcome<T>> call) {
        Partner before = stored();
        int events = portal.audit.events().size();
        int mails = portal.mails().size();
        Outcome<T> outcome = call.get();
        assertThat(outcome).isNotInstanceOf(Outcome.Done.class);
        assertThat(stored()).isEqualTo(before);
        assertThat(portal.audit.events()).hasSize(events);
        assertThat(portal.mails()).hasSize(mails);
        return outcome;
    }

    @Nested
    class Users {

        @Test
        void the_seed_users_are_created_listed_with_their_logins_and_mailed_a_temporary_password() {
            UserView martin = created(martin());
            UserView solange = created(solange());

            assertThat(done(portal.partnerUsers.list(alex))).extracting(UserView::login, UserView::nom,
                    UserView::prenom, UserView::telephone, UserView::email, UserView::administrateur).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Alex7", "GRIZZI", "Alexandre", "03 02 01 05 09",
                            "alexandre.grizzi@cielbleu.fr", true),
                    org.assertj.core.groups.Tuple.tuple("Martin37", "MARTIN", "Mikael", "06 01 02 03 04",
                            "martin37@fr.fr", false),
                    org.assertj.core.groups.Tuple.tuple("Solange778", "SOLEIL", "Solange", null, "solange778@fr.fr",
                            true));
            assertThat(portal.mails()).extracting(mail -> mail.template(), mail -> mail.recipient()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(MailTemplate.CREATION_COMPTE, "martin37@fr.fr"),
                    org.assertj.core.groups.Tuple.tuple(MailTemplate.CREATION_COMPTE, "solange778@fr.fr"));
            var mailed = portal.templates.rendered(MailParameters.CreationCompte.class);
            assertThat(mailed).allSatisfy(mail -> {
                assertThat(mail.partnerName()).isEqualTo("Association Ciel Bleu");
                assertThat(mail.identifier()).as("PPAS: the administrator passes the login on").isEmpty();
                assertThat(mail.validity()).isEqualTo(Duration.ofHours(72));
                assertThat(portal.settings.passwordPolicy().check(mail.temporaryPassword(), "Martin37")).isEmpty();
            });
            var credentials = portal.accounts.find(new UserId(martin.id())).orElseThrow();
            assertThat(credentials.mustChangePassword()).isTrue();
            assertThat(credentials.passwordHash()).contains(portal.hasher.hash(mailed.getFirst().temporaryPassword()));
            assertThat(credentials.passwordExpiresAt()).contains(PortalFixture.T0.plus(Duration.ofHours(72)));
            assertThat(portal.audit.events(AuditAction.USER_CREATED)).extracting(event -> event.details())
                    .containsExactly(java.util.Map.of("administrateur", "false", "login", "Martin37"),
                            java.util.Map.of("administrateur", "true", "login", "Solange778"));
            assertThat(solange.administrateur()).isTrue();
        }

        @Test
        void the_new_user_logs_in_with_the_temporary_password_and_must_change_it_first() {
            created(martin());
            String temporary = portal.templates.rendered(MailParameters.CreationCompte.class).getFirst().temporaryPassword();

            LoggedIn first = done(portal.authentication.login("martin37", temporary, FROM));

            assertThat(first.mustChangePassword()).isTrue();
            Principal forced = portal.authentication.resolve(first.sessionId()).orElseThrow();
            refused(portal.myPartner.view(forced), Reason.FORBIDDEN);
            done(portal.authentication.changePassword(forced, temporary, "Mikael2025", "Mikael2025", FROM));
        }

        @Test
        void a_login_taken_anywhere_in_the_portal_whatever_its_case_or_asked_by_a_pending_registration_is_refused() {
            portal.caisseAdministrator(CaisseCode.of("CARSAT-NORD-PICARDIE"), "Carsat62", "Carsat2025");
            RegistrationFormBuilder pending = portal.seedForm();
            pending.login = "Demandeur1";
            portal.registered(pending);

            for (String taken : List.of("ALEX7", "carsat62", "demandeur1")) {
                var errors = invalid(refusedOrInvalid(() -> portal.partnerUsers.create(alex,
                        new NewUserForm("MARTIN", "Mikael", taken, null, "m@fr.fr", false), FROM)));
                assertThat(errors).containsOnlyKeys("login");
                assertThat(errors.get("login")).containsExactly("Cet identifiant est déjà utilisé : choisissez-en un autre.");
            }
        }

        @Test
        void a_login_taken_by_a_concurrent_creation_after_the_check_is_reported_as_taken_and_nothing_is_sent() {
            portal.accounts.takeLoginMeanwhile("martin37");
            int usersBefore = portal.partners.find(((Principal.PartnerUser) alex).partnerId()).orElseThrow().users().size();

            var errors = invalid(refusedOrInvalid(() -> portal.partnerUsers.create(alex,
                    new NewUserForm("MARTIN", "Mikael", "Martin37", null, "m@fr.fr", false), FROM)));

            assertThat(errors.get("login")).containsExactly("Cet identifiant est déjà utilisé : choisissez-en un autre.");
            assertThat(portal.partners.find(((Principal.PartnerUser) alex).partnerId()).orElseThrow().users()).hasSize(usersBefore);
            assertThat(portal.mails()).isEmpty();
            assertThat(portal.audit.events(AuditAction.USER_CREATED)).isEmpty();
        }

        @Test
        void every_wrong_field_of_the_creation_form_is_reported_at_once() {
            var errors = invalid(refusedOrInvalid(() -> portal.partnerUsers.create(alex,
                    new NewUserForm("", "M1kael!", "Mar tin", "12", "", true), FROM)));

            assertThat(errors).containsOnlyKeys("nom", "prenom", "login", "telephone", "email");
        }

        @Test
        void a_user_is_modified_but_never_their_login_and_the_change_is_audited() {
            UserView martin = created(martin());

            UserView modified = done(portal.partnerUsers.modify(alex, new UserId(martin.id()),
                    new UserForm("MARTIN", "Mikaël", "", "mikael.martin@fr.fr", "Martin37"), FROM));

            assertThat(modified.login()).isEqualTo("Martin37");
            assertThat(modified.prenom()).isEqualTo("Mikaël");
            assertThat(modified.telephone()).isNull();
            assertThat(portal.accounts.find(new UserId(martin.id())).orElseThrow().email())
                    .isEqualTo(EmailAddress.of("mikael.martin@fr.fr"));
            assertThat(portal.audit.events(AuditAction.USER_UPDATED).getFirst().details()).containsOnly(
                    java.util.Map.entry("login", "Martin37"),
                    java.util.Map.entry("prenom.ancien", "Mikael"), java.util.Map.entry("prenom.nouveau", "Mikaël"),
                    java.util.Map.entry("telephone.ancien", "0601020304"), java.util.Map.entry("telephone.nouveau", "(vide)"),
                    java.util.Map.entry("email.ancien", "martin37@fr.fr"),
                    java.util.Map.entry("email.nouveau", "mikael.martin@fr.fr"));

            var errors = invalid(refusedOrInvalid(() -> portal.partnerUsers.modify(alex, new UserId(martin.id()),
                    new UserForm("MARTIN", "Mikael", null, "martin37@fr.fr", "Martin38"), FROM)));
            assertThat(errors).containsOnlyKeys("login");
            assertThat(errors.get("login")).containsExactly("L'identifiant ne peut pas être modifié.");
        }

        @Test
        void an_address_another_account_reserved_is_refused_before_anything_is_written() {
            UserId martin = new UserId(created(martin()).id());
            portal.accounts.reservedElsewhere(EmailAddress.of("reservee@caf.fr"));

            var errors = invalid(refusedOrInvalid(() -> portal.partnerUsers.modify(alex, martin,
                    new UserForm("MARTIN-DUVAL", "Mikael", null, "RESERVEE@caf.fr", "Martin37"), FROM)));

            assertThat(errors).containsOnlyKeys("email");
            assertThat(errors.get("email"))
                    .containsExactly("Cette adresse e-mail est déjà utilisée par un autre utilisateur : choisissez-en une autre.");
            assertThat(portal.accounts.find(martin).orElseThrow().email()).isEqualTo(EmailAddress.of("martin37@fr.fr"));
            assertThat(stored().user(martin).orElseThrow().lastName()).isEqualTo(LastName.of("MARTIN"));
        }

        @Test
        void granting_and_revoking_another_users_right_notifies_them_by_mail_and_is_audited() {
            UserView martin = created(martin());
            UserId martinId = new UserId(martin.id());

            assertThat(done(portal.partnerUsers.grantAdministration(alex, martinId, FROM)).administrateur()).isTrue();
            assertThat(done(portal.partnerUsers.revokeAdministration(alex, martinId, FROM)).administrateur()).isFalse();

            assertThat(portal.templates.rendered(MailParameters.NotificationSecurite.class))
                    .extracting(MailParameters.NotificationSecurite::login, MailParameters.NotificationSecurite::change)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Martin37",
                                    MailParameters.SecurityChange.DROITS_ADMINISTRATEUR_ACCORDES),
                            org.assertj.core.groups.Tuple.tuple("Martin37",
                                    MailParameters.SecurityChange.DROITS_ADMINISTRATEUR_RETIRES));
            assertThat(portal.mails()).extracting(mail -> mail.recipient()).containsOnly("martin37@fr.fr");
            assertThat(portal.audit.events()).extracting(AuditEvent::action).containsSubsequence(
                    AuditAction.ADMIN_RIGHT_GRANTED.code(), AuditAction.ADMIN_RIGHT_REVOKED.code());
        }

        /** The page's « Modifier » form: data and Administrateur box in one step (issue 18). */
        @Test
        void the_users_data_and_right_are_changed_in_one_step_stored_once_mailed_and_audited() {
            UserView martin = created(martin());
            long version = stored().version();

            UserView modified = done(portal.partnerUsers.modify(alex, new UserId(martin.id()),
                    new UserForm("MARTIN", "Mikaël", "06 01 02 03 04", "martin37@fr.fr", "Martin37"), true, FROM));

            assertThat(modified.prenom()).isEqualTo("Mikaël");
            assertThat(modified.administrateur()).isTrue();
            assertThat(stored().version()).as("stored once").isEqualTo(version + 1);
            assertThat(portal.templates.rendered(MailParameters.NotificationSecurite.class))
                    .extracting(MailParameters.NotificationSecurite::change)
                    .containsExactly(MailParameters.SecurityChange.DROITS_ADMINISTRATEUR_ACCORDES);
            assertThat(portal.audit.events()).extracting(AuditEvent::action).containsSubsequence(
                    AuditAction.USER_UPDATED.code(), AuditAction.ADMIN_RIGHT_GRANTED.code());
        }

        @Test
        void a_refused_right_leaves_the_data_unchanged_too() {
            created(solange());

            var refusal = refusedWithoutChange(Reason.UNPROCESSABLE, () -> portal.partnerUsers.modify(alex, alex7,
                    new UserForm("GRIZZI", "Alexandre", null, "autre.adresse@cielbleu.example", "Alex7"), false, FROM));

            assertThat(refusal.refusal().message()).isEqualTo("Vous ne pouvez pas retirer vos propres droits d'administration.");
            assertThat(portal.accounts.find(alex7).orElseThrow().email().value()).isNotEqualTo("autre.adresse@cielbleu.example");
        }

        @Test
        void resending_a_login_mails_it_to_the_users_address_changes_nothing_else_and_is_audited() {
            UserView martin = created(martin());
            Partner before = stored();
            int mails = portal.mails().size();

            UserView answered = done(portal.partnerUsers.resendLogin(alex, new UserId(martin.id()), FROM));

            assertThat(answered).isEqualTo(martin);
            assertThat(stored()).isEqualTo(before);
            assertThat(portal.mails()).hasSize(mails + 1);
            assertThat(portal.mails().getLast().recipient()).isEqualTo("martin37@fr.fr");
            assertThat(portal.mails().getLast().template()).isEqualTo(MailTemplate.RENVOI_IDENTIFIANT);
            assertThat(portal.templates.rendered(MailParameters.RenvoiIdentifiant.class))
                    .containsExactly(new MailParameters.RenvoiIdentifiant("Martin37", "Association Ciel Bleu"));
            AuditEvent event = portal.audit.events().getLast();
            assertThat(event.action()).isEqualTo(AuditAction.LOGIN_REMINDER_SENT.code());
            assertThat(event.target()).contains("user:" + martin.id());
        }

        @Test
        void a_right_already_so_changes_nothing_and_mails_nobody() {
            UserView martin = created(martin());
            int mails = portal.mails().size();

            done(portal.partnerUsers.revokeAdministration(alex, new UserId(martin.id()), FROM));
            done(portal.partnerUsers.grantAdministration(alex, alex7, FROM));

            assertThat(portal.mails()).hasSize(mails);
            assertThat(stored().version()).isEqualTo(1);
        }

        @Test
        void an_administrator_cannot_revoke_their_own_right() {
            created(solange());

            var refusal = refusedWithoutChange(Reason.UNPROCESSABLE,
                    () -> portal.partnerUsers.revokeAdministration(alex, alex7, FROM));

            assertThat(refusal.refusal().message()).isEqualTo("Vous ne pouvez pas retirer vos propres droits d'administration.");
        }

        @Test
        void an_administrator_cannot_delete_their_own_account_and_is_told_who_can() {
            created(solange());

            var refusal = refusedWithoutChange(Reason.UNPROCESSABLE,
                    () -> portal.partnerUsers.delete(alex, alex7, FROM));

            assertThat(refusal.refusal().code()).isEqualTo("partenaire.suppression_de_son_propre_compte");
            assertThat(refusal.refusal().message()).isEqualTo("Vous ne pouvez pas supprimer votre propre compte. "
                    + "Demandez à un autre administrateur du partenaire de le faire ; s'il n'y en a pas, "
                    + "donnez d'abord les droits d'administration à un autre utilisateur.");
        }

        @Test
        void an_administrator_is_deleted_only_once_their_right_is_revoked() {
            UserId solange = new UserId(created(solange()).id());

            var refusal = refusedWithoutChange(Reason.UNPROCESSABLE,
                    () -> portal.partnerUsers.delete(alex, solange, FROM));
            assertThat(refusal.refusal().message())
                    .isEqualTo("Retirez d'abord les droits d'administration de cet utilisateur avant de le supprimer.");

            done(portal.partnerUsers.revokeAdministration(alex, solange, FROM));
            var deleted = done(portal.partnerUsers.delete(alex, solange, FROM));

            assertThat(deleted.login()).isEqualTo("Solange778");
            assertThat(stored().user(solange)).isEmpty();
            assertThat(portal.accounts.find(solange)).isEmpty();
            assertThat(portal.accounts.loginTaken("solange778")).isFalse();
            assertThat(portal.audit.events(AuditAction.USER_DELETED).getFirst().details()).containsEntry("login", "Solange778");
        }

        @Test
        void a_deleted_user_loses_every_live_session_at_once() {
            UserView martin = created(martin());
            String temporary = portal.templates.rendered(MailParameters.CreationCompte.class).getFirst().temporaryPassword();
            LoggedIn first = done(portal.authentication.login("Martin37", temporary, FROM));
            LoggedIn second = done(portal.authentication.login("Martin37", temporary, FROM));
            var other = portal.sessions.open(SubjectKind.PARTNER_USER, alex7.value().toString(), cielBleu.value().toString(),
                    false, PortalFixture.T0);

            done(portal.partnerUsers.delete(alex, new UserId(martin.id()), FROM));

            assertThat(portal.authentication.resolve(first.sessionId())).isEmpty();
            assertThat(portal.authentication.resolve(second.sessionId())).isEmpty();
            assertThat(portal.authentication.resolve(other.id())).as("another user's session").isPresent();
        }

        @Test
        void a_demoted_administrator_is_refused_at_their_very_next_call() {
            UserView solange = created(solange());
            Principal solangeSession = principalOf(solange);
            done(portal.partnerUsers.list(solangeSession));

            done(portal.partnerUsers.revokeAdministration(alex, new UserId(solange.id()), FROM));

            var refusal = refusedWithoutChange(Reason.FORBIDDEN, () -> portal.partnerUsers.list(solangeSession));
            assertThat(refusal.refusal().message()).isEqualTo("Seul un administrateur du partenaire peut effectuer cette opération.");
            refusedWithoutChange(Reason.FORBIDDEN, () -> portal.partnerUsers.revokeAdministration(solangeSession, alex7, FROM));
        }
    }

    @Nested
    class Who_may {

        private PartnerId ergo;
        private UserId claire;
        private UserId otherUser;

        @BeforeEach
        void another_partner_with_an_administrator_and_a_user() {
            ergo = PartnerId.random();
            claire = portal.nextUserId();
            otherUser = portal.nextUserId();
            Partner other = Partner.register(ergo, PartnerName.of("Ergo Habitat"), Optional.empty(),
                    PhoneNumber.of("0612345678"), PostalAddress.builder().codePostal("59000").commune("Lille").build(),
                    new PartnerUser(claire, Login.of("Claire59"), LastName.of("DURAND"), FirstName.of("Claire"),
                            Optional.empty(), EmailAddress.of("claire@ergo.fr"), true));
            portal.storePartner(other.createUser(claire, new PartnerUser(otherUser, Login.of("Paul59"),
                    LastName.of("PETIT"), FirstName.of("Paul"), Optional.empty(), EmailAddress.of("paul@ergo.fr"),
                    false)).orElseThrow());
        }

        /** Every use case of the partner's administration, called by the principal on the given user id. */
        private List<Function<Principal, Outcome<?>>> everyCall(UserId target) {
            return List.of(
                    p -> portal.partnerAdministration.details(p),
                    p -> portal.partnerAdministration.modifyData(p, new PartnerDataForm("Pirate", null, "0102030405", null), FROM),
                    p -> portal.partnerAdministration.modifyAddress(p, new AddressForm(null, null, null, null, null, null,
                            "75001", "Paris", null, null), FROM),
                    p -> portal.partnerUsers.list(p),
                    p -> portal.partnerUsers.create(p, new NewUserForm("PIRATE", "Pierre", "Pirate1", null,
                            "pirate@fr.fr", true), FROM),
                    p -> portal.partnerUsers.modify(p, target, new UserForm("PIRATE", "Pierre", null, "pirate@fr.fr",
                            null), FROM),
                    p -> portal.partnerUsers.grantAdministration(p, target, FROM),
                    p -> portal.partnerUsers.revokeAdministration(p, target, FROM),
                    p -> portal.partnerUsers.delete(p, target, FROM),
                    p -> portal.partnerUsers.resendLogin(p, target, FROM));
        }

        @Test
        void a_user_who_is_not_an_administrator_is_refused_everything() {
            UserView martin = created(martin());
            Principal martinSession = principalOf(martin);
            int events = portal.audit.events().size();

            for (var call : everyCall(alex7)) {
                var refusal = refusedWithoutChange(Reason.FORBIDDEN, () -> call.apply(martinSession));
                assertThat(refusal.refusal().code()).isEqualTo("partenaire.administrateur_requis");
            }
            assertThat(portal.audit.events()).hasSize(events);
        }

        @Test
        void a_caisse_administrator_is_refused_everything() {
            Principal carsat = portal.carsatAdministrator();

            for (var call : everyCall(alex7)) {
                refusedWithoutChange(Reason.FORBIDDEN, () -> call.apply(carsat));
            }
        }

        @Test
        void a_user_who_must_change_a_temporary_password_is_refused_everything() {
            Principal forced = new Principal.PartnerUser(alex7, cielBleu, Optional.empty(),
                new Principal.Session("s", "c", true, false));

            for (var call : everyCall(alex7)) {
                var refusal = refusedWithoutChange(Reason.FORBIDDEN, () -> call.apply(forced));
                assertThat(refusal.refusal()).isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
            }
        }

        @Test
        void the_users_of_another_partner_are_not_found_and_left_alone() {
            Partner otherBefore = portal.partners.find(ergo).orElseThrow();

            for (UserId stranger : List.of(claire, otherUser, new UserId(UUID.randomUUID()))) {
                for (var call : everyCall(stranger).subList(5, 10)) {
                    var refusal = refusedWithoutChange(Reason.NOT_FOUND, () -> call.apply(alex));
                    assertThat(refusal.refusal().message()).isEqualTo("Utilisateur introuvable.");
                }
            }
            assertThat(portal.partners.find(ergo)).contains(otherBefore);
            assertThat(done(portal.partnerUsers.list(alex))).extracting(UserView::login).containsExactly("Alex7");
        }
    }

    @Nested
    class Concurrency {

        @Test
        void a_partner_changed_between_the_read_and_the_save_answers_a_conflict_and_changes_nothing() {
            created(solange());
            Partners concurrent = new Partners() {
                @Override
                public void add(Partner partner) {
                    portal.partners.add(partner);
                }

                @Override
                public Optional<Partner> find(PartnerId id) {
                    Optional<Partner> read = portal.partners.find(id);
                    // another administrator saves the partner just after this read
                    portal.partners.update(read.orElseThrow());
                    return read;
                }

                @Override
                public boolean update(Partner partner) {
                    return portal.partners.update(partner);
                }
            };
            var support = portal.seeded(1);
            var service = new ManagePartnerUsersService(support, portal.partnerPorts(concurrent),
                    portal.temporaryPasswords(support));
            UserId solange = stored().users().stream().filter(u -> u.login().value().equals("Solange778")).findFirst()
                    .orElseThrow().id();
            int mails = portal.mails().size();
            int events = portal.audit.events().size();

            var refusal = refused(service.revokeAdministration(alex, solange, FROM), Reason.CONFLICT);

            assertThat(refusal.refusal().message()).isEqualTo("Le partenaire a été modifié entre-temps : rechargez la page.");
            assertThat(stored().isAdministrator(solange)).isTrue();
            assertThat(portal.mails()).hasSize(mails);
            assertThat(portal.audit.events()).hasSize(events);
        }
    }
}
