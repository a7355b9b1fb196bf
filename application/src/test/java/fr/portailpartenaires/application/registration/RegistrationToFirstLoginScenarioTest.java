package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.domain.convention.RegistrationId;

import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static fr.portailpartenaires.application.testing.PortalFixture.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.account.Authenticate.LoggedIn;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.partner.ViewMyPartner.PartnerView;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seed's story, through the use cases only: Association Ciel Bleu registers, CARSAT validates, Alex7 logs in. */
class RegistrationToFirstLoginScenarioTest {

    private final PortalFixture portal = new PortalFixture();

    @Test
    void association_ciel_bleu_registers_is_validated_by_its_caisse_and_its_administrator_logs_in() {
        RegisterPartner.Submitted submitted = done(portal.register(portal.seedForm()));
        assertThat(portal.registrations.find(submitted.id())).isPresent();

        portal.clock.advance(Duration.ofDays(2));
        portal.carsatAdministrator();
        LoggedIn caisseSession = done(portal.authentication.login("carsat62", "Carsat2025", FROM));
        Principal carsat = portal.authentication.resolve(caisseSession.sessionId()).orElseThrow();
        var pending = done(portal.registrationReview.pending(carsat, Optional.empty(), 20));
        assertThat(pending).extracting(ReviewRegistrations.PendingRegistration::nomPartenaire)
                .containsExactly("Association Ciel Bleu");
        done(portal.registrationReview.validate(carsat, new RegistrationId(pending.getFirst().id()), FROM));

        assertThat(portal.mails()).singleElement()
                .satisfies(mail -> assertThat(mail.template()).isEqualTo(MailTemplate.VALIDATION_PREINSCRIPTION));
        String temporaryPassword = portal.templates.rendered(MailParameters.ValidationPreinscription.class).getFirst()
                .temporaryPassword();

        portal.clock.advance(Duration.ofHours(20));
        LoggedIn first = done(portal.authentication.login("Alex7", temporaryPassword, FROM));
        Principal forced = portal.authentication.resolve(first.sessionId()).orElseThrow();
        refused(portal.myPartner.view(forced), Reason.FORBIDDEN);

        LoggedIn changed = done(portal.authentication.changePassword(forced, temporaryPassword, "CielBleu62",
                "CielBleu62", FROM));
        PartnerView view = done(portal.myPartner.view(
                portal.authentication.resolve(changed.sessionId()).orElseThrow()));

        assertThat(view.nom()).isEqualTo("Association Ciel Bleu");
        assertThat(view.conventions()).singleElement().satisfies(c -> assertThat(c.etat()).isEqualTo("validée"));
        assertThat(portal.mails()).extracting(mail -> mail.template())
                .containsExactly(MailTemplate.VALIDATION_PREINSCRIPTION, MailTemplate.NOTIFICATION_SECURITE);
        assertThat(portal.audit.events()).extracting(AuditEvent::action).containsExactly(
                AuditAction.REGISTRATION_SUBMITTED.code(),
                AuditAction.LOGIN_SUCCEEDED.code(),
                AuditAction.REGISTRATION_VALIDATED.code(),
                AuditAction.TEMPORARY_PASSWORD_ISSUED.code(),
                AuditAction.LOGIN_SUCCEEDED.code(),
                AuditAction.PASSWORD_CHANGED.code());
    }
}
