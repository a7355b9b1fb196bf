package fr.portailpartenaires.application.caisse;

import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.caisse.ManageCaisseAdministrators.CaisseAdministratorView;
import fr.portailpartenaires.application.caisse.ManageCaisseAdministrators.NewAdministratorForm;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.domain.caisse.CaisseStaff;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A caisse administrator manages the caisse's administrators (spec §3.4), on in-memory ports. */
class ManageCaisseAdministratorsTest {

    private final PortalFixture portal = new PortalFixture();
    private final ManageCaisseAdministrators staff = new ManageCaisseAdministratorsService(portal.support,
            portal.caissePorts, portal.temporaryPasswords(portal.seeded(3)));
    private Principal nadia;
    private Principal cnav;

    @BeforeEach
    void caisses() {
        nadia = portal.caisseAdministrator(InMemoryReferenceData.CARSAT_NORD_PICARDIE, "NadiaL", "Carsat2025");
        cnav = portal.caisseAdministrator(InMemoryReferenceData.CNAV_IDF, "PierreP", "Cnav2025idf");
    }

    private static NewAdministratorForm paul(String login) {
        return new NewAdministratorForm(login, "DURAND", "Paul", login.toLowerCase() + "@carsat.example");
    }

    private Principal loggedIn(CaisseAdministratorView view) {
        return new Principal.CaisseAdministrator(new UserId(view.id()), InMemoryReferenceData.CARSAT_NORD_PICARDIE,
                new Principal.Session("session-" + view.id(), "csrf", false, false));
    }

    @Test
    void an_administrator_creates_another_who_gets_a_temporary_password_and_both_are_listed() {
        CaisseAdministratorView paul = done(staff.create(nadia, paul("PaulD"), "10.0.0.1"));

        assertThat(done(staff.administrators(nadia))).extracting(CaisseAdministratorView::login)
                .containsExactly("NadiaL", "PaulD");
        assertThat(done(staff.administrators(cnav))).extracting(CaisseAdministratorView::login)
                .containsExactly("PierreP");
        assertThat(portal.templates.rendered(MailParameters.CreationCompte.class)).singleElement()
                .satisfies(mail -> assertThat(mail.identifier()).contains("PaulD"));
        assertThat(portal.accounts.find(new UserId(paul.id())).orElseThrow().mustChangePassword()).isTrue();
        assertThat(invalid(staff.create(nadia, paul("pauld"), "10.0.0.1")))
                .containsEntry("login", List.of(Refusals.LOGIN_TAKEN.message()));
        assertThat(invalid(staff.create(nadia, new NewAdministratorForm("", "", "Paul", "pas-une-adresse"), "x")))
                .containsKeys("login", "nom", "email");
    }

    @Test
    void an_administrator_revokes_another_whose_sessions_end_but_never_themself_nor_one_of_another_caisse() {
        CaisseAdministratorView paul = done(staff.create(nadia, paul("PaulD"), "10.0.0.1"));
        var nadiasSession = portal.sessions.open(SubjectKind.CAISSE_ADMIN, nadia.user().value().toString(),
                InMemoryReferenceData.CARSAT_NORD_PICARDIE.value(), false, portal.clock.instant());

        assertThat(refused(staff.revoke(nadia, nadia.user(), "x"), Reason.CONFLICT).refusal())
                .isEqualTo(CaisseStaff.SELF_REVOCATION);
        refused(staff.revoke(cnav, new UserId(paul.id()), "x"), Reason.NOT_FOUND);
        assertThat(done(staff.revoke(loggedIn(paul), nadia.user(), "10.0.0.1")))
                .extracting(CaisseAdministratorView::login).containsExactly("PaulD");
        assertThat(portal.accounts.find(nadia.user())).isEmpty();
        assertThat(portal.audit.events(AuditAction.USER_DELETED)).hasSize(1);

        assertThat(portal.sessions.resolve(nadiasSession.id(), portal.clock.instant())).as("her sessions end").isEmpty();
        assertThat(refused(staff.revoke(loggedIn(paul), new UserId(paul.id()), "x"), Reason.CONFLICT).refusal())
                .as("the last one is themself").isEqualTo(CaisseStaff.SELF_REVOCATION);
    }

    @Test
    void a_partner_user_or_a_visitor_manages_nothing() {
        Principal partnerUser = new Principal.PartnerUser(new UserId(UUID.randomUUID()), PartnerId.random(),
                Optional.empty(), new Principal.Session("s", "c", false, false));
        refused(staff.administrators(partnerUser), Reason.FORBIDDEN);
        refused(staff.create(partnerUser, paul("PaulD"), "x"), Reason.FORBIDDEN);
        refused(staff.revoke(Principal.anonymous(), nadia.user(), "x"), Reason.UNAUTHENTICATED);
        assertThat(portal.accounts.caisseAdministrators(InMemoryReferenceData.CARSAT_NORD_PICARDIE)).isEqualTo(1);
    }
}
