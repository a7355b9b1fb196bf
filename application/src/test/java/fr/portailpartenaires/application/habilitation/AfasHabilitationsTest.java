package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventions.ActivityForm;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionFilter;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionView;
import fr.portailpartenaires.application.habilitation.GrantAfasRoles.GrantForm;
import fr.portailpartenaires.application.habilitation.ManageAfasMemberships.MembershipForm;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.NewUserForm;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.UserClosingForm;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.UserFilter;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.UserView;
import fr.portailpartenaires.application.habilitation.SearchAfasHabilitations.SearchForm;
import fr.portailpartenaires.application.habilitation.SearchAfasHabilitations.SearchResult;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.HabilitationRefusal;
import fr.portailpartenaires.domain.habilitation.ValidationRequestId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seed's story of the CAF manual, on in-memory ports: Centre Social La Farandole Istres, Caf 132. */
class AfasHabilitationsTest {

    /** The day the Farandole's convention opens, and its grants start. */
    private static final LocalDate OPENING_DAY = LocalDate.of(2018, 8, 30);

    private final PortalFixture portal = new PortalFixture();
    private Principal caf;
    private AfasConventionId conventionId;
    private PartnerId partner;
    private Principal bruet;
    private final Map<String, UUID> users = new java.util.HashMap<>();

    static NewUserForm userForm(String nom, String prenom, String email) {
        return new NewUserForm(nom, prenom, email, email, null, null, null, null, null);
    }

    private AdministerAfasConventions.NewConventionForm farandole(String prefix, String adminEmail) {
        return new AdministerAfasConventions.NewConventionForm("Centre Social La Farandole Istres", "Caf 132",
                OPENING_DAY, null, prefix, "SM",
                new AdministerAfasConventions.PartnerForm("Centre Social La Farandole Istres", "0442000000",
                        new AddressForm(null, null, "1", null, "Rue de la Farandole", null, "13800",
                                "Istres", null, null)),
                userForm("Bruet", "Stéphane", adminEmail),
                List.of(new ActivityForm("ESC Farandole Istres", "ALSH", null,
                        List.of("ESC Farandole Istres", "ESC L'éclair"))));
    }

    @BeforeEach
    void the_caf_creates_the_convention_and_its_groups() {
        caf = cafAdministrator(portal.caisseAdministrator(InMemoryReferenceData.CAF_13, "AdminCaf13", "Caf13Demo"));
        ConventionView created = done(portal.afasAdministration.create(caf, farandole("ENF01302", "stephane.bruet132@yopmail.com"),
                PortalFixture.FROM));
        conventionId = new AfasConventionId(created.id());
        done(portal.afasAdministration.openGroups(caf, conventionId, new AdministerAfasConventions.GroupsForm(null),
                PortalFixture.FROM));
        AfasConvention stored = portal.afasConventions.find(conventionId).orElseThrow();
        UserId bruetId = stored.users().getFirst().id();
        partner = stored.partner();
        bruet = PortalFixture.partnerUser(partner, bruetId);
    }

    /** The principal the login resolves for an administrator of a CAF (see {@code AuthenticationService}). */
    private static Principal cafAdministrator(Principal administrator) {
        return new Principal.CafAdministrator(administrator.user(), InMemoryReferenceData.CAF_13,
                administrator.session());
    }

    private UUID create(String nom, String prenom, String email) {
        UserView user = done(portal.afasUsers.createUser(bruet, conventionId, userForm(nom, prenom, email),
                PortalFixture.FROM));
        users.put(nom, user.id());
        return user.id();
    }

    private void seedUsersInTheirGroups() {
        done(portal.afasMemberships.addMembership(bruet, conventionId, new MembershipForm(bruet.user().value().toString(),
                "AFAS-HAB", null, null), PortalFixture.FROM));
        for (String[] user : new String[][] {{"Garban", "Gilles", "gilles.garban132@yopmail.com"},
                {"Guy", "Valérie", "valerie.guy132@yopmail.com"}, {"Bollie", "Nadine", "nadine.bollie132@yopmail.com"},
                {"Rocu", "Blandine", "blandine.rocu132@yopmail.com"},
                {"Robine", "Olivia", "olivia.robine133@yopmail.com"}}) {
            UUID id = create(user[0], user[1], user[2]);
            done(portal.afasMemberships.addMembership(bruet, conventionId, new MembershipForm(id.toString(), "AFAS-DEC", null,
                    null), PortalFixture.FROM));
        }
    }

    private UUID activity() {
        return done(portal.afasConsultation.convention(bruet, conventionId)).activites().getFirst().id();
    }

    private UUID place(int index) {
        return done(portal.afasConsultation.convention(bruet, conventionId)).activites().getFirst().lieux().get(index).id();
    }

    private GrantForm onActivity(String user, String role) {
        return new GrantForm(users.get(user).toString(), role, OPENING_DAY, null, "ACTIVITES",
                List.of(activity().toString()), null, false, false, null);
    }

    private GrantForm onPlace(String user, int place) {
        return new GrantForm(users.get(user).toString(), "FOURNISSEUR_DONNEES_ACTIVITE", OPENING_DAY, null, "LIEUX",
                null, List.of(place(place).toString()), false, false, null);
    }

    private static List<List<String>> table(SearchResult result) {
        return result.sections().stream().flatMap(section -> section.lignes().stream().map(line -> List.of(
                section.type() + " : " + section.libelle(), line.role(), String.valueOf(line.nomUtilisateur()),
                line.debut() == null ? "null" : line.debut() + (line.enAttenteValidationCaf() ? "*" : "")))).toList();
    }

    private static SearchForm search(String... etats) {
        return new SearchForm(List.of(etats), null, null, null, "ALSH", null, true);
    }

    @Nested
    class The_seed_story {

        @Test
        void the_convention_is_listed_validated_and_open_with_the_caf_pivot() {
            assertThat(done(portal.afasConsultation.conventions(bruet, ConventionFilter.NONE))).singleElement().satisfies(view -> {
                assertThat(view.libelle()).isEqualTo("Centre Social La Farandole Istres");
                assertThat(view.cafPivot()).isEqualTo("Caf 132");
                assertThat(view.partenaire()).isEqualTo("Centre Social La Farandole Istres");
                assertThat(view.clos()).isFalse();
                assertThat(view.valideeLe()).isEqualTo(LocalDate.of(2025, 3, 10));
            });
            assertThat(done(portal.afasConsultation.conventions(bruet, new ConventionFilter("Farandole", "Caf 132"))))
                    .hasSize(1);
            assertThat(done(portal.afasConsultation.conventions(bruet, new ConventionFilter("Autre", null)))).isEmpty();
            assertThat(done(portal.afasConsultation.convention(bruet, conventionId)).groupes())
                    .extracting(group -> group.code() + " " + group.libelle())
                    .containsExactly("AFAS-HAB AFAS-HABILITER", "AFAS-DEC AFAS-DECLARER");
        }

        @Test
        void the_users_get_the_seed_identifiers_and_their_identifier_with_a_temporary_password_by_mail() {
            seedUsersInTheirGroups();
            assertThat(done(portal.afasUsers.users(bruet, conventionId, UserFilter.NONE)))
                    .extracting(UserView::identifiant, UserView::nom, UserView::clos)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("ENF01302SR", "Robine", false),
                            org.assertj.core.groups.Tuple.tuple("ENF01302SQ", "Rocu", false),
                            org.assertj.core.groups.Tuple.tuple("ENF01302SP", "Bollie", false),
                            org.assertj.core.groups.Tuple.tuple("ENF01302SO", "Guy", false),
                            org.assertj.core.groups.Tuple.tuple("ENF01302SN", "Garban", false),
                            org.assertj.core.groups.Tuple.tuple("ENF01302SM", "Bruet", false));
            assertThat(portal.templates.rendered(MailParameters.CreationCompte.class))
                    .extracting(mail -> mail.identifier().orElseThrow())
                    .containsExactly("ENF01302SM", "ENF01302SN", "ENF01302SO", "ENF01302SP", "ENF01302SQ", "ENF01302SR");
            assertThat(done(portal.afasUsers.users(bruet, conventionId, new UserFilter(null, null, null, "AFAS-HAB"))))
                    .extracting(UserView::identifiant).containsExactly("ENF01302SM");
        }

        @Test
        void ends_with_the_seed_grants_table_then_the_caf_validates_and_calls_the_approver() {
            seedUsersInTheirGroups();
            assertThat(table(done(portal.afasSearch.search(bruet, conventionId, search("ACTIF", "INACTIF")))))
                    .isEmpty();
            done(portal.afasGrants.grant(bruet, conventionId, onActivity("Rocu", "FOURNISSEUR_DONNEES_FINANCIERES"),
                    PortalFixture.FROM));
            var approver = done(portal.afasGrants.grant(bruet, conventionId, onActivity("Garban", "Approbateur"),
                    PortalFixture.FROM));
            assertThat(approver.enAttenteValidationCaf()).isTrue();
            assertThat(approver.message()).isEqualTo("Les habilitations ont été créées avec succès.");
            done(portal.afasGrants.grant(bruet, conventionId, onPlace("Robine", 0), PortalFixture.FROM));
            done(portal.afasGrants.grant(bruet, conventionId, onPlace("Guy", 1), PortalFixture.FROM));

            SearchResult result = done(portal.afasSearch.search(bruet, conventionId, search("ACTIF", "INACTIF")));
            assertThat(table(result)).containsExactly(
                    List.of("Activité : ESC Farandole Istres", "Fournisseur de données financières", "Rocu Blandine",
                            "2018-08-30"),
                    List.of("Activité : ESC Farandole Istres", "Approbateur", "Garban Gilles", "2018-08-30*"),
                    List.of("Lieu d'implantation : ESC Farandole Istres", "Fournisseur de données d'activité",
                            "Robine Olivia", "2018-08-30"),
                    List.of("Lieu d'implantation : ESC L'éclair", "Fournisseur de données d'activité", "Guy Valérie",
                            "2018-08-30"));
            assertThat(result.note()).isEqualTo("(*) En attente de validation par votre CAF.");
            assertThat(done(portal.afasSearch.search(bruet, conventionId, search("NON_ATTRIBUE"))).sections()).isEmpty();

            assertThat(portal.templates.rendered(MailParameters.DemandeValidationApprobateur.class)).singleElement()
                    .satisfies(mail -> {
                        assertThat(mail.approver()).isEqualTo("Garban Gilles");
                        assertThat(mail.identifier()).isEqualTo("ENF01302SN");
                        assertThat(mail.activities()).containsExactly("ESC Farandole Istres");
                    });
            assertThat(portal.mails()).anyMatch(mail -> mail.recipient().equals("admincaf13@caisse.example")
                    && mail.subject().contains("DEMANDE_VALIDATION_APPROBATEUR"));

            var pending = done(portal.afasApprovers.pendingApprovers(caf));
            assertThat(pending).singleElement().satisfies(request -> assertThat(request.approbateur())
                    .isEqualTo("Garban Gilles"));
            var validated = done(portal.afasApprovers.validateApprover(caf, conventionId,
                    new ValidationRequestId(pending.getFirst().id()),
                    new ValidateAfasApprovers.ApproverValidationForm(LocalDate.of(2025, 4, 30)), PortalFixture.FROM));
            assertThat(validated.dateEcheance()).isEqualTo(LocalDate.of(2025, 4, 30));
            assertThat(portal.templates.rendered(MailParameters.AppelEcheanceDeclaration.class)).singleElement()
                    .satisfies(mail -> assertThat(mail.deadline()).isEqualTo(LocalDate.of(2025, 4, 30)));
            assertThat(portal.mails()).anyMatch(mail -> mail.recipient().equals("gilles.garban132@yopmail.com")
                    && mail.subject().contains("APPEL_ECHEANCE_DECLARATION"));
            SearchResult after = done(portal.afasSearch.search(bruet, conventionId, search("ACTIF")));
            assertThat(table(after)).hasSize(4).noneMatch(line -> line.get(3).endsWith("*"));
            assertThat(after.note()).isNull();
            assertThat(done(portal.afasApprovers.pendingApprovers(caf))).isEmpty();
        }

        @Test
        void non_attribue_lists_every_role_lacking_on_the_activity_and_its_places() {
            seedUsersInTheirGroups();
            done(portal.afasGrants.grant(bruet, conventionId, onPlace("Robine", 0), PortalFixture.FROM));
            assertThat(table(done(portal.afasSearch.search(bruet, conventionId, search("NON_ATTRIBUE")))))
                    .extracting(line -> line.get(0) + " | " + line.get(1))
                    .containsExactly(
                            "Activité : ESC Farandole Istres | Approbateur",
                            "Activité : ESC Farandole Istres | Fournisseur de données d'activité",
                            "Activité : ESC Farandole Istres | Fournisseur de données financières",
                            "Lieu d'implantation : ESC L'éclair | Fournisseur de données d'activité");
        }

        @Test
        void the_select_all_helpers_fill_the_scope() {
            seedUsersInTheirGroups();
            var made = done(portal.afasGrants.grant(bruet, conventionId, new GrantForm(users.get("Bollie").toString(),
                    "FOURNISSEUR_DONNEES_ACTIVITE", OPENING_DAY, null, "LIEUX", null, null, false, false,
                    List.of(activity().toString())), PortalFixture.FROM));
            assertThat(made.habilitations()).extracting(line -> line.libellePortee())
                    .containsExactly("ESC Farandole Istres", "ESC L'éclair");
        }
    }

    @Nested
    class Refusals_change_nothing {

        private AfasConvention before;
        private int mails;
        private int events;
        private int sequence;

        @BeforeEach
        void snapshot() {
            seedUsersInTheirGroups();
            before = portal.afasConventions.find(conventionId).orElseThrow();
            mails = portal.mails().size();
            events = portal.audit.events().size();
            sequence = portal.afasConventions.peekNextSequence(conventionId);
        }

        private void nothingChanged() {
            assertThat(portal.afasConventions.find(conventionId).orElseThrow()).isEqualTo(before);
            assertThat(portal.mails()).hasSize(mails);
            assertThat(portal.audit.events()).hasSize(events);
            assertThat(portal.afasConventions.peekNextSequence(conventionId)).isEqualTo(sequence);
        }

        @Test
        void a_place_scope_for_another_role_than_the_activity_data_provider() {
            var outcome = portal.afasGrants.grant(bruet, conventionId, new GrantForm(users.get("Rocu").toString(),
                    "FOURNISSEUR_DONNEES_FINANCIERES", OPENING_DAY, null, "LIEUX", null, List.of(place(0).toString()),
                    false, false, null), PortalFixture.FROM);
            assertThat(refused(outcome, Reason.UNPROCESSABLE).refusal())
                    .isEqualTo(HabilitationRefusal.PLACE_SCOPE_ACTIVITY_PROVIDER_ONLY.refusal());
            nothingChanged();
        }

        /** Issue 19, finding 8: the same grant posted twice was stored twice (two identical Actif lines). */
        @Test
        void the_same_grant_posted_twice_is_stored_once() {
            done(portal.afasGrants.grant(bruet, conventionId, onActivity("Rocu", "FOURNISSEUR_DONNEES_FINANCIERES"),
                    PortalFixture.FROM));
            var once = portal.afasConventions.find(conventionId).orElseThrow();
            int eventsOnce = portal.audit.events().size();

            var again = portal.afasGrants.grant(bruet, conventionId,
                    onActivity("Rocu", "FOURNISSEUR_DONNEES_FINANCIERES"), PortalFixture.FROM);

            assertThat(refused(again, Reason.CONFLICT).refusal()).isEqualTo(HabilitationRefusal.GRANT_OVERLAPS.refusal());
            assertThat(portal.afasConventions.find(conventionId).orElseThrow()).isEqualTo(once);
            assertThat(portal.audit.events()).hasSize(eventsOnce);
        }

        @Test
        void an_empty_scope() {
            var outcome = portal.afasGrants.grant(bruet, conventionId, new GrantForm(users.get("Rocu").toString(),
                    "FOURNISSEUR_DONNEES_FINANCIERES", OPENING_DAY, null, "ACTIVITES", List.of(), null, false, false,
                    null), PortalFixture.FROM);
            assertThat(refused(outcome, Reason.UNPROCESSABLE).refusal().message())
                    .isEqualTo("La sélection d'au moins une activité est obligatoire.");
            nothingChanged();
        }

        @Test
        void a_user_outside_AFAS_HAB_managing_grants_and_memberships() {
            PartnerId partner = before.partner();
            Principal garban = PortalFixture.partnerUser(partner, new UserId(users.get("Garban")));
            assertThat(refused(portal.afasGrants.grant(garban, conventionId, onActivity("Rocu", "APPROBATEUR"),
                    PortalFixture.FROM), Reason.FORBIDDEN).refusal())
                    .isEqualTo(HabilitationRefusal.MANAGER_REQUIRED.refusal());
            refused(portal.afasMemberships.addMembership(garban, conventionId, new MembershipForm(users.get("Garban").toString(),
                    "AFAS-HAB", null, null), PortalFixture.FROM), Reason.FORBIDDEN);
            nothingChanged();
        }

        @Test
        void a_duplicate_email_even_with_another_case_and_the_identifier_is_not_consumed() {
            var outcome = portal.afasUsers.createUser(bruet, conventionId, userForm("Autre", "Personne",
                    "Gilles.GARBAN132@yopmail.com"), PortalFixture.FROM);
            assertThat(refused(outcome, Reason.CONFLICT).refusal())
                    .isEqualTo(HabilitationRefusal.EMAIL_ALREADY_USED.refusal());
            nothingChanged();
        }

        @Test
        void a_mistyped_confirmation_or_a_missing_name_all_at_once() {
            var outcome = portal.afasUsers.createUser(bruet, conventionId, new NewUserForm("", "Paul", "paul@exemple.fr",
                    "paul@exemple.org", "0442000001", "0442000002", "NOMADE", null, null), PortalFixture.FROM);
            assertThat(invalid(outcome)).containsOnlyKeys("nom", "confirmationEmail", "confirmationTelephone", "poste");
            nothingChanged();
        }

        @Test
        void a_user_who_is_not_an_administrator_creating_users() {
            Principal garban = PortalFixture.partnerUser(before.partner(), new UserId(users.get("Garban")));
            refused(portal.afasUsers.createUser(garban, conventionId, userForm("Autre", "Personne", "autre@exemple.fr"),
                    PortalFixture.FROM), Reason.FORBIDDEN);
            nothingChanged();
        }

        @Test
        void another_partner_or_another_caf_does_not_see_the_convention() {
            Principal stranger = PortalFixture.partnerUser(new PartnerId(UUID.randomUUID()), bruet.user());
            refused(portal.afasUsers.users(stranger, conventionId, UserFilter.NONE), Reason.NOT_FOUND);
            Principal carsat = portal.carsatAdministrator();
            refused(portal.afasAdministration.list(carsat), Reason.FORBIDDEN);
            refused(portal.afasAdministration.create(bruet, farandole("ENF09999", "x@exemple.fr"), PortalFixture.FROM),
                    Reason.FORBIDDEN);
            nothingChanged();
        }
    }

    @Nested
    class Who_may_call {

        @Test
        void nobody_logged_in_is_unauthenticated_on_either_side() {
            refused(portal.afasAdministration.list(Principal.anonymous()), Reason.UNAUTHENTICATED);
            refused(portal.afasConsultation.conventions(Principal.anonymous(), ConventionFilter.NONE),
                    Reason.UNAUTHENTICATED);
        }

        @Test
        void a_session_with_its_temporary_password_to_change_is_refused_that_obligation_first() {
            assertThat(refused(portal.afasApprovers.pendingApprovers(PortalFixture.withPasswordToChange(caf)),
                    Reason.FORBIDDEN).refusal()).isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
            assertThat(refused(portal.afasUsers.users(PortalFixture.withPasswordToChange(bruet), conventionId,
                    UserFilter.NONE), Reason.FORBIDDEN).refusal()).isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
        }

        @Test
        void a_caisse_administrator_of_another_regime_is_no_caf_and_a_caf_is_no_partner() {
            assertThat(refused(portal.afasApprovers.pendingApprovers(portal.carsatAdministrator()), Reason.FORBIDDEN)
                    .refusal().message()).isEqualTo("Cette fonction est réservée aux administrateurs d'une CAF.");
            assertThat(refused(portal.afasSearch.search(caf, conventionId, search("ACTIF")), Reason.FORBIDDEN)
                    .refusal().message()).isEqualTo("Cette fonction est réservée aux utilisateurs d'un partenaire.");
        }
    }

    @Nested
    class A_closed_user {

        private UserView garban;
        private String password;

        @BeforeEach
        void garban_is_created_with_a_closing_date() {
            garban = done(portal.afasUsers.createUser(bruet, conventionId, new NewUserForm("Garban", "Gilles",
                    "gilles.garban132@yopmail.com", "gilles.garban132@yopmail.com", null, null, null, null,
                    LocalDate.of(2025, 3, 12)), PortalFixture.FROM));
            password = portal.templates.rendered(MailParameters.CreationCompte.class).getLast().temporaryPassword();
        }

        @Test
        void logs_in_until_the_day_before_the_closing_date() {
            portal.clock.advance(java.time.Duration.ofDays(1));
            var loggedIn = done(portal.authentication.login(garban.identifiant(), password, PortalFixture.FROM));
            assertThat(portal.authentication.resolve(loggedIn.sessionId())).isPresent();
        }

        @Test
        void is_refused_from_the_closing_date_with_the_answer_of_a_wrong_password() {
            portal.clock.advance(java.time.Duration.ofDays(2));
            var closed = refused(portal.authentication.login(garban.identifiant(), password, PortalFixture.FROM),
                    Reason.UNAUTHENTICATED);
            var wrongPassword = refused(portal.authentication.login(garban.identifiant(), "Mauvais1!",
                    PortalFixture.FROM), Reason.UNAUTHENTICATED);
            var unknown = refused(portal.authentication.login("ENF01302ZZ", password, PortalFixture.FROM),
                    Reason.UNAUTHENTICATED);
            assertThat(closed.refusal()).isEqualTo(wrongPassword.refusal()).isEqualTo(unknown.refusal());
            assertThat(closed.refusal().message()).isEqualTo("Identifiant ou mot de passe incorrect.");
            assertThat(portal.audit.events()).filteredOn(event -> event.actor().equals(garban.id().toString()))
                    .extracting(event -> event.action() + " " + event.details().get("reason"))
                    .containsExactly(AuditAction.LOGIN_FAILED.name() + " account_closed");
        }

        @Test
        void loses_the_session_opened_before_the_closing_date() {
            var loggedIn = done(portal.authentication.login(garban.identifiant(), password, PortalFixture.FROM));
            portal.clock.advance(java.time.Duration.ofDays(2));
            assertThat(portal.authentication.resolve(loggedIn.sessionId())).isEmpty();
            assertThat(portal.sessions.closeAllFor(fr.portailpartenaires.application.shared.SubjectKind.PARTNER_USER,
                    garban.id().toString())).as("sessions left").isZero();
        }
    }

    @Nested
    class Modifying_and_closing_a_user {

        private UserView garban;
        private UserId garbanId;

        @BeforeEach
        void garban_exists() {
            garban = done(portal.afasUsers.createUser(bruet, conventionId, userForm("Garban", "Gilles",
                    "gilles.garban132@yopmail.com"), PortalFixture.FROM));
            garbanId = new UserId(garban.id());
        }

        private NewUserForm changes(String email, String confirmationEmail, String phone, String confirmationPhone,
                LocalDate closing) {
            return new NewUserForm("Garban-Roux", "Gilles", email, confirmationEmail, phone, confirmationPhone,
                    "ITINERANT", null, closing);
        }

        private void nothingChanged(AfasConvention before, int events) {
            assertThat(portal.afasConventions.find(conventionId).orElseThrow()).isEqualTo(before);
            assertThat(portal.audit.events()).hasSize(events);
            assertThat(portal.accounts.find(garbanId).orElseThrow().email().value())
                    .isEqualTo("gilles.garban132@yopmail.com");
        }

        @Test
        void modifies_every_field_of_the_form_but_the_identifier_and_audits_the_changes() {
            UserView modified = done(portal.afasUsers.modifyUser(bruet, conventionId, garbanId, changes(
                    "gilles.roux@yopmail.com", "Gilles.Roux@yopmail.com", "0442000002", "04 42 00 00 02",
                    LocalDate.of(2025, 12, 31)), PortalFixture.FROM));
            assertThat(modified.identifiant()).isEqualTo(garban.identifiant());
            assertThat(modified.nom()).isEqualTo("Garban-Roux");
            assertThat(modified.email()).isEqualTo("gilles.roux@yopmail.com");
            assertThat(modified.telephone()).isNotNull();
            assertThat(modified.poste()).isEqualTo("ITINERANT");
            assertThat(modified.dateOuverture()).isEqualTo(garban.dateOuverture());
            assertThat(modified.dateCloture()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(modified.clos()).isFalse();
            assertThat(portal.accounts.find(garbanId).orElseThrow().email().value())
                    .isEqualTo("gilles.roux@yopmail.com");
            assertThat(portal.audit.events().getLast()).satisfies(event -> {
                assertThat(event.action()).isEqualTo(AuditAction.USER_UPDATED.name());
                assertThat(event.actor()).isEqualTo(bruet.user().value().toString());
                assertThat(event.details()).containsEntry("nom.nouveau", "Garban-Roux")
                        .containsEntry("dateCloture.nouveau", "2025-12-31").doesNotContainKey("prenom.nouveau");
            });
            // the old address is free again, the new one is taken
            assertThat(portal.accounts.emailTaken(fr.portailpartenaires.domain.shared.EmailAddress.of(
                    "gilles.garban132@yopmail.com"))).isFalse();
        }

        @Test
        void refuses_addresses_and_phones_typed_differently_all_at_once_changing_nothing() {
            AfasConvention before = portal.afasConventions.find(conventionId).orElseThrow();
            int events = portal.audit.events().size();
            var errors = invalid(portal.afasUsers.modifyUser(bruet, conventionId, garbanId, changes(
                    "gilles.roux@yopmail.com", "gilles.rou@yopmail.com", "0442000002", "0442000003", null),
                    PortalFixture.FROM));
            assertThat(errors).containsEntry("confirmationEmail",
                    List.of("Les deux adresses mail saisies sont différentes."))
                    .containsEntry("confirmationTelephone",
                            List.of("Les deux numéros de téléphone saisis sont différents."));
            nothingChanged(before, events);
        }

        @Test
        void refuses_an_address_another_afas_user_has_even_in_another_convention() {
            done(portal.afasUsers.createUser(bruet, conventionId, userForm("Guy", "Valérie", "valerie.guy132@yopmail.com"),
                    PortalFixture.FROM));
            done(portal.afasAdministration.create(caf, farandole("ENF01303", "paule.salin@yopmail.com"), PortalFixture.FROM));
            AfasConvention before = portal.afasConventions.find(conventionId).orElseThrow();
            int events = portal.audit.events().size();
            for (String taken : List.of("Valerie.Guy132@yopmail.com", "paule.salin@yopmail.com")) {
                var refused = refused(portal.afasUsers.modifyUser(bruet, conventionId, garbanId,
                        changes(taken, taken, null, null, null), PortalFixture.FROM), Reason.CONFLICT);
                assertThat(refused.refusal()).isEqualTo(HabilitationRefusal.EMAIL_ALREADY_USED.refusal());
            }
            nothingChanged(before, events);
            // their own address, whatever its case, is theirs
            done(portal.afasUsers.modifyUser(bruet, conventionId, garbanId, changes("GILLES.garban132@yopmail.com",
                    "gilles.garban132@yopmail.com", null, null, null), PortalFixture.FROM));
        }

        @Test
        void only_an_administrator_of_the_partner_modifies_or_closes_and_an_unknown_user_is_not_found() {
            Principal garbanHimself = PortalFixture.partnerUser(partner, garbanId);
            refused(portal.afasUsers.modifyUser(garbanHimself, conventionId, garbanId, changes("g@yopmail.com",
                    "g@yopmail.com", null, null, null), PortalFixture.FROM), Reason.FORBIDDEN);
            refused(portal.afasUsers.closeUser(garbanHimself, conventionId, garbanId,
                    new UserClosingForm(LocalDate.of(2025, 3, 10)), PortalFixture.FROM), Reason.FORBIDDEN);
            refused(portal.afasUsers.closeUser(bruet, conventionId, new UserId(UUID.randomUUID()),
                    new UserClosingForm(LocalDate.of(2025, 3, 10)), PortalFixture.FROM), Reason.NOT_FOUND);
        }

        @Test
        void closing_today_ends_the_session_and_the_login_of_the_user() {
            String password = portal.templates.rendered(MailParameters.CreationCompte.class).getLast()
                    .temporaryPassword();
            var loggedIn = done(portal.authentication.login(garban.identifiant(), password, PortalFixture.FROM));
            UserView closed = done(portal.afasUsers.closeUser(bruet, conventionId, garbanId,
                    new UserClosingForm(LocalDate.of(2025, 3, 10)), PortalFixture.FROM));
            assertThat(closed.clos()).isTrue();
            assertThat(closed.dateCloture()).isEqualTo(LocalDate.of(2025, 3, 10));
            assertThat(portal.audit.events().getLast()).satisfies(event -> {
                assertThat(event.action()).isEqualTo(AuditAction.USER_DELETED.name());
                assertThat(event.details()).containsEntry("dateCloture", "2025-03-10");
            });
            assertThat(portal.authentication.resolve(loggedIn.sessionId())).isEmpty();
            refused(portal.authentication.login(garban.identifiant(), password, PortalFixture.FROM),
                    Reason.UNAUTHENTICATED);
            var again = refused(portal.afasUsers.closeUser(bruet, conventionId, garbanId,
                    new UserClosingForm(LocalDate.of(2025, 3, 11)), PortalFixture.FROM),
                    Reason.UNPROCESSABLE);
            assertThat(again.refusal()).isEqualTo(HabilitationRefusal.USER_CLOSED.refusal());
        }

        @Test
        void refuses_a_closing_date_in_the_past_or_missing() {
            assertThat(invalid(portal.afasUsers.closeUser(bruet, conventionId, garbanId,
                    new UserClosingForm(LocalDate.of(2025, 3, 9)), PortalFixture.FROM)))
                    .containsEntry("dateCloture", List.of("La date de clôture ne peut pas être antérieure à aujourd'hui."));
            assertThat(invalid(portal.afasUsers.closeUser(bruet, conventionId, garbanId,
                    new UserClosingForm(null), PortalFixture.FROM))).containsKey("dateCloture");
        }

        @Test
        void refuses_to_close_the_last_active_member_of_afas_hab() {
            done(portal.afasMemberships.addMembership(bruet, conventionId, new MembershipForm(bruet.user().value().toString(),
                    "AFAS-HAB", null, null), PortalFixture.FROM));
            var refused = refused(portal.afasUsers.closeUser(bruet, conventionId, bruet.user(),
                    new UserClosingForm(LocalDate.of(2025, 12, 31)), PortalFixture.FROM),
                    Reason.UNPROCESSABLE);
            assertThat(refused.refusal()).isEqualTo(HabilitationRefusal.LAST_MANAGER.refusal());
            done(portal.afasMemberships.addMembership(bruet, conventionId, new MembershipForm(garbanId.value().toString(),
                    "AFAS-HAB", null, null), PortalFixture.FROM));
            assertThat(done(portal.afasUsers.closeUser(bruet, conventionId, bruet.user(),
                    new UserClosingForm(LocalDate.of(2025, 12, 31)), PortalFixture.FROM)).dateCloture())
                    .isEqualTo(LocalDate.of(2025, 12, 31));
        }
    }
}
