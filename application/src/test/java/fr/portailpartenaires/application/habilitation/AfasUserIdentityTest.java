package fr.portailpartenaires.application.habilitation;

import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.habilitation.ManageAfasUsers.NewUserForm;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers.UserClosingForm;
import fr.portailpartenaires.application.partner.ManagePartnerUsers.UserForm;
import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An AFAS user is a person with one identity, their account (ADR 26): the AFAS use cases reserve their address and set
 * their closing date on it, explicitly, and every way of changing their address keeps it unique in the portal.
 */
class AfasUserIdentityTest {

    private static final LocalDate CLOSING = LocalDate.of(2025, 12, 31);

    private final PortalFixture portal = new PortalFixture();
    private AfasConventionId conventionId;
    private Principal bruet;
    private UserId garban;

    private static NewUserForm user(String nom, String prenom, String email, LocalDate closing) {
        return new NewUserForm(nom, prenom, email, email, null, null, "ITINERANT", null, closing);
    }

    @BeforeEach
    void the_caf_creates_the_convention_and_bruet_creates_garban_and_guy() {
        Principal caf = portal.caisseAdministrator(InMemoryReferenceData.CAF_13, "AdminCaf13", "Caf13Demo");
        caf = new Principal.CafAdministrator(caf.user(), InMemoryReferenceData.CAF_13, caf.session());
        var created = done(portal.afasAdministration.create(caf, new AdministerAfasConventions.NewConventionForm(
                "Centre Social La Farandole Istres", "Caf 132", LocalDate.of(2018, 8, 30), null, "ENF01302", "SM",
                new AdministerAfasConventions.PartnerForm("Centre Social La Farandole Istres", "0442000000",
                        new AddressForm(null, null, "1", null, "Rue de la Farandole", null, "13800", "Istres", null,
                                null)),
                user("Bruet", "Stéphane", "stephane.bruet132@yopmail.com", null),
                List.of(new AdministerAfasConventions.ActivityForm("ESC Farandole Istres", "ALSH", null, List.of()))),
                PortalFixture.FROM));
        conventionId = new AfasConventionId(created.id());
        AfasConvention stored = portal.afasConventions.find(conventionId).orElseThrow();
        bruet = PortalFixture.partnerUser(stored.partner(), stored.users().getFirst().id());
        garban = new UserId(done(portal.afasUsers.createUser(bruet, conventionId,
                user("Garban", "Gilles", "Gilles.Garban132@yopmail.com", null), PortalFixture.FROM)).id());
        done(portal.afasUsers.createUser(bruet, conventionId, user("Guy", "Valérie", "valerie.guy132@yopmail.com", null),
                PortalFixture.FROM));
    }

    @Test
    void a_new_users_address_is_reserved_on_their_account_and_their_closing_date_is_the_accounts() {
        UserId robine = new UserId(done(portal.afasUsers.createUser(bruet, conventionId,
                user("Robine", "Olivia", "olivia.robine133@yopmail.com", CLOSING), PortalFixture.FROM)).id());

        assertThat(portal.accounts.emailTaken(EmailAddress.of("OLIVIA.robine133@yopmail.com"))).isTrue();
        assertThat(portal.accounts.emailTaken(EmailAddress.of("gilles.garban132@yopmail.com"))).isTrue();
        assertThat(portal.accounts.closingDate(robine)).contains(CLOSING);
        assertThat(portal.accounts.closingDate(garban)).isEmpty();
    }

    @Test
    void modifying_then_closing_a_user_sets_their_accounts_closing_date() {
        done(portal.afasUsers.modifyUser(bruet, conventionId, garban,
                user("Garban", "Gilles", "gilles.garban132@yopmail.com", CLOSING), PortalFixture.FROM));
        assertThat(portal.accounts.closingDate(garban)).contains(CLOSING);

        done(portal.afasUsers.modifyUser(bruet, conventionId, garban,
                user("Garban", "Gilles", "gilles.garban132@yopmail.com", null), PortalFixture.FROM));
        assertThat(portal.accounts.closingDate(garban)).isEmpty();

        done(portal.afasUsers.closeUser(bruet, conventionId, garban, new UserClosingForm(LocalDate.of(2025, 3, 10)),
                PortalFixture.FROM));
        assertThat(portal.accounts.find(garban).orElseThrow().closedOn()).contains(LocalDate.of(2025, 3, 10));
        assertThat(portal.afasConventions.find(conventionId).orElseThrow().user(garban).orElseThrow().period().end())
                .contains(LocalDate.of(2025, 3, 10));
    }

    @Test
    void modifying_a_users_names_phone_and_address_writes_them_on_their_account_the_reservation_following() {
        done(portal.afasUsers.modifyUser(bruet, conventionId, garban, new NewUserForm("Garban-Roux", "Gilles",
                "g.roux@yopmail.com", "g.roux@yopmail.com", "0611223344", "0611223344", "ITINERANT", null, null),
                PortalFixture.FROM));

        var person = portal.accounts.partnerUser(garban).orElseThrow();
        assertThat(person.lastName().value()).isEqualToIgnoringCase("Garban-Roux");
        assertThat(person.phone().orElseThrow().value()).isEqualTo("0611223344");
        assertThat(person.email()).isEqualTo(EmailAddress.of("g.roux@yopmail.com"));
        assertThat(portal.accounts.emailTaken(EmailAddress.of("G.Roux@yopmail.com"))).isTrue();
        assertThat(portal.accounts.emailTaken(EmailAddress.of("gilles.garban132@yopmail.com"))).isFalse();
    }

    @Test
    void the_partners_administration_moves_the_reservation_with_the_users_new_address() {
        done(portal.partnerUsers.modify(bruet, garban, new UserForm("Garban", "Gilles", null, "g.garban@yopmail.com",
                null), PortalFixture.FROM));

        assertThat(portal.accounts.emailTaken(EmailAddress.of("gilles.garban132@yopmail.com"))).isFalse();
        assertThat(portal.accounts.emailTaken(EmailAddress.of("G.Garban@yopmail.com"))).isTrue();
        assertThat(portal.afasConventions.find(conventionId).orElseThrow().user(garban).orElseThrow().email())
                .isEqualTo(EmailAddress.of("g.garban@yopmail.com"));
    }

    @Test
    void the_partners_administration_cannot_give_a_user_an_address_another_account_reserved_and_changes_nothing() {
        var before = portal.partners.find(portal.afasConventions.find(conventionId).orElseThrow().partner())
                .orElseThrow();
        int events = portal.audit.events().size();

        var errors = invalid(portal.partnerUsers.modify(bruet, garban, new UserForm("Garban-Roux", "Gilles", null,
                "Valerie.Guy132@yopmail.com", null), PortalFixture.FROM));

        assertThat(errors).isEqualTo(Map.of("email", List.of(
                "Cette adresse e-mail est déjà utilisée par un autre utilisateur : choisissez-en une autre.")));
        assertThat(portal.partners.find(before.id())).contains(before);
        assertThat(portal.accounts.find(garban).orElseThrow().email())
                .isEqualTo(EmailAddress.of("Gilles.Garban132@yopmail.com"));
        assertThat(portal.accounts.emailTaken(EmailAddress.of("gilles.garban132@yopmail.com"))).isTrue();
        assertThat(portal.audit.events()).hasSize(events);
        assertThat(portal.accounts.find(garban).orElseThrow().closedOn()).isEqualTo(Optional.empty());
    }
}
