package fr.portailpartenaires.application.caisse;

import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.caisse.SetUpCaisse.AdministratorCreated;
import fr.portailpartenaires.application.caisse.SetUpCaisse.NewCaisseAdministrator;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operator creates the first administrator of a caisse on an empty portal (spec §3.5), on in-memory ports. */
class SetUpCaisseTest {

    private final PortalFixture portal = new PortalFixture();
    private final SetUpCaisse setUp = new SetUpCaisseService(portal.support,
            portal.caissePorts, portal.temporaryPasswords(portal.support));

    private static NewCaisseAdministrator nadia(String caisse, String login, boolean additional) {
        return new NewCaisseAdministrator(caisse, login, "LEFEBVRE", "Nadia", "nadia.lefebvre@carsat.example",
                additional);
    }

    private int mails() {
        return portal.outbox.due(portal.clock.instant().plus(Duration.ofDays(1)), 100).size();
    }

    @Test
    void the_first_administrator_of_a_caisse_gets_an_account_with_a_temporary_password_by_mail_audited() {
        AdministratorCreated created = done(setUp.createAdministrator(nadia("CARSAT-NORD-PICARDIE", "NadiaL", false)));

        Accounts.Credentials account = portal.accounts.findByLogin("nadial").orElseThrow();
        assertThat(account.kind()).isEqualTo(Accounts.Kind.CAISSE_ADMIN);
        assertThat(account.caisse()).contains(InMemoryReferenceData.CARSAT_NORD_PICARDIE);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.passwordExpiresAt()).contains(created.temporaryPasswordExpiresAt());
        assertThat(portal.hasher.verify(created.temporaryPassword(), account.passwordHash().orElseThrow())).isTrue();
        assertThat(created.toString()).doesNotContain(created.temporaryPassword());

        assertThat(portal.templates.rendered(MailParameters.CreationCompte.class)).singleElement().satisfies(mail -> {
            assertThat(mail.partnerName()).isEqualTo(created.libelleCaisse());
            assertThat(mail.identifier()).contains("NadiaL");
            assertThat(mail.temporaryPassword()).isEqualTo(created.temporaryPassword());
        });
        assertThat(portal.outbox.due(portal.clock.instant(), 10)).singleElement()
                .satisfies(mail -> assertThat(mail.mail().recipient()).isEqualTo("nadia.lefebvre@carsat.example"));
        assertThat(portal.audit.events(AuditAction.USER_CREATED)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo(SetUpCaisseService.OPERATOR);
            assertThat(event.scope()).contains("CARSAT-NORD-PICARDIE");
            assertThat(event.target()).contains("user:" + new UserId(created.id()).value());
        });
        assertThat(portal.transactions.opened()).isEqualTo(1);
    }

    @Test
    void a_caisse_that_has_an_administrator_gets_one_more_only_when_asked_explicitly() {
        done(setUp.createAdministrator(nadia("CARSAT-NORD-PICARDIE", "NadiaL", false)));

        assertThat(invalid(setUp.createAdministrator(nadia("CARSAT-NORD-PICARDIE", "PaulD", false))))
                .containsOnlyKeys("caisse");
        assertThat(portal.accounts.findByLogin("pauld")).isEmpty();

        done(setUp.createAdministrator(nadia("CARSAT-NORD-PICARDIE", "PaulD", true)));
        assertThat(portal.accounts.caisseAdministrators(InMemoryReferenceData.CARSAT_NORD_PICARDIE)).isEqualTo(2);
    }

    @Test
    void bad_input_is_told_field_by_field_in_french_and_stores_mails_and_audits_nothing() {
        done(setUp.createAdministrator(nadia("CNAV-IDF", "PierreP", false)));
        int mailsBefore = mails();
        int eventsBefore = portal.audit.events().size();

        assertThat(invalid(setUp.createAdministrator(new NewCaisseAdministrator("CARSAT-INCONNUE", "pierrep", "",
                "Nadia", "pas-une-adresse", false))))
                .containsEntry("caisse", List.of(SetUpCaisseService.UNKNOWN_CAISSE.message()))
                .containsEntry("login", List.of(fr.portailpartenaires.application.shared.Refusals.LOGIN_TAKEN.message()))
                .containsEntry("nom", List.of("Le nom est obligatoire."))
                .containsKey("email");
        assertThat(invalid(setUp.createAdministrator(null))).containsKey("formulaire");

        assertThat(portal.accounts.caisseAdministrators(InMemoryReferenceData.CARSAT_NORD_PICARDIE)).isZero();
        assertThat(mails()).isEqualTo(mailsBefore);
        assertThat(portal.audit.events()).hasSize(eventsBefore);
    }
}
