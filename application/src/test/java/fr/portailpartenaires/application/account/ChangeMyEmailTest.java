package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.Session;
import fr.portailpartenaires.application.shared.Sha256;
import fr.portailpartenaires.application.testing.PortalFixture;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static fr.portailpartenaires.application.testing.PortalFixture.FROM;
import static fr.portailpartenaires.application.testing.PortalFixture.partnerUser;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.account.ChangeMyEmail.EmailChangeForm;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** « Modifier mon adresse mail » (spec §2.4) through the use case on in-memory ports. */
class ChangeMyEmailTest {

    private static final String OLD = "alexandre.grizzi@cielbleu.fr";
    private static final String NEW = "alex7@nouveau.fr";

    private final PortalFixture portal = new PortalFixture();
    private PartnerId cielBleu;
    private UserId alex7;
    private Principal alex;

    @BeforeEach
    void alex7_of_association_ciel_bleu_with_a_chosen_password() {
        cielBleu = PartnerId.random();
        alex7 = portal.nextUserId();
        portal.storePartner(Partner.register(cielBleu, PartnerName.of("Association Ciel Bleu"), Optional.empty(),
                PhoneNumber.of("0302010509"), PostalAddress.builder().codePostal("62000").commune("Arras").build(),
                new PartnerUser(alex7, Login.of("Alex7"), LastName.of("GRIZZI"), FirstName.of("Alexandre"),
                        Optional.empty(), EmailAddress.of(OLD), true)));
        portal.accounts.setPassword(alex7, portal.hasher.hash("CielBleu62"), Optional.empty(), false);
        alex = partnerUser(cielBleu, alex7);
    }

    private String requestedToken() {
        done(portal.emailChange.request(alex, new EmailChangeForm(NEW, NEW, "CielBleu62"), FROM));
        return portal.templates.rendered(MailParameters.ChangementAdresseMail.class).getLast().token();
    }

    private String email() {
        return portal.accounts.find(alex7).orElseThrow().email().value();
    }

    @Nested
    class Request {

        @Test
        void mails_a_single_use_link_to_the_new_address_stores_only_its_hash_and_changes_nothing_yet() {
            String token = requestedToken();

            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(portal.mails()).singleElement().satisfies(mail -> {
                assertThat(mail.recipient()).isEqualTo(NEW);
                assertThat(mail.template()).isEqualTo(MailTemplate.CHANGEMENT_ADRESSE_MAIL);
            });
            assertThat(portal.emailChanges.pending()).singleElement().satisfies(pending -> {
                assertThat(pending.tokenHash()).isEqualTo(Sha256.hex(token)).isNotEqualTo(token);
                assertThat(pending.expiresAt()).isEqualTo(PortalFixture.T0.plus(Duration.ofHours(24)));
            });
            assertThat(email()).isEqualTo(OLD);
            assertThat(portal.audit.events().getLast().action()).isEqualTo(AuditAction.EMAIL_CHANGE_REQUESTED.code());
        }

        @Test
        void reports_every_error_at_once_and_changes_nothing() {
            var errors = invalid(portal.emailChange.request(alex, new EmailChangeForm("pas-un-mail", "autre", "faux"),
                    FROM));
            assertThat(errors).containsOnlyKeys("nouvelleAdresse", "motDePasse");

            var different = invalid(portal.emailChange.request(alex, new EmailChangeForm(NEW, "autre@fr.fr",
                    "CielBleu62"), FROM));
            assertThat(different.get("confirmation")).containsExactly("Les deux adresses e-mail saisies sont différentes.");

            var wrongPassword = invalid(portal.emailChange.request(alex, new EmailChangeForm(NEW, NEW, "Mauvais1"), FROM));
            assertThat(wrongPassword.get("motDePasse")).containsExactly("Le mot de passe actuel est incorrect.");

            assertThat(portal.mails()).isEmpty();
            assertThat(portal.emailChanges.pending()).isEmpty();
            assertThat(portal.audit.events()).isEmpty();
        }

        @Test
        void a_user_who_must_change_a_temporary_password_is_refused() {
            Principal forced = new Principal.PartnerUser(alex7, cielBleu, Optional.empty(),
                new Principal.Session("s", "c", true, false));
            var refusal = refused(portal.emailChange.request(forced, new EmailChangeForm(NEW, NEW, "CielBleu62"), FROM),
                    Reason.FORBIDDEN);
            assertThat(refusal.refusal()).isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
            assertThat(portal.mails()).isEmpty();
        }

        @Test
        void a_new_request_replaces_the_pending_one() {
            String first = requestedToken();
            String second = requestedToken();

            assertThat(portal.emailChanges.pending()).hasSize(1);
            refused(portal.emailChange.confirm(first, FROM), Reason.NOT_FOUND);
            done(portal.emailChange.confirm(second, FROM));
        }
    }

    @Nested
    class An_address_of_another_caf_user {

        @Test
        void is_refused_at_the_request_and_nothing_is_mailed() {
            portal.accounts.reservedElsewhere(EmailAddress.of(NEW));

            var errors = invalid(portal.emailChange.request(alex, new EmailChangeForm(NEW, NEW, "CielBleu62"), FROM));

            assertThat(errors).containsEntry("nouvelleAdresse",
                    List.of("Cette adresse e-mail est déjà utilisée par un autre utilisateur : choisissez-en une autre."));
            assertThat(portal.templates.rendered(MailParameters.ChangementAdresseMail.class)).isEmpty();
        }

        @Test
        void taken_between_the_request_and_the_confirmation_changes_nothing() {
            String token = requestedToken();
            portal.accounts.reservedElsewhere(EmailAddress.of(NEW.toUpperCase(Locale.ROOT)));

            var refusal = refused(portal.emailChange.confirm(token, FROM), Reason.CONFLICT);

            assertThat(refusal.refusal().code()).isEqualTo("adresse_mail.deja_utilisee");
            assertThat(email()).isEqualTo(OLD);
        }
    }

    @Nested
    class Confirmation {

        @Test
        void sets_the_new_address_also_in_the_partner_tells_the_old_one_audits_and_the_token_dies() {
            String token = requestedToken();
            long version = portal.partners.find(cielBleu).orElseThrow().version();

            var confirmed = done(portal.emailChange.confirm(token, FROM));

            assertThat(confirmed.email()).isEqualTo(NEW);
            assertThat(confirmed.message()).isEqualTo("Votre adresse e-mail a été modifiée.");
            assertThat(email()).isEqualTo(NEW);
            Partner partner = portal.partners.find(cielBleu).orElseThrow();
            assertThat(partner.user(alex7).orElseThrow().email().value()).isEqualTo(NEW);
            assertThat(partner.version()).as("the account alone changed (ADR 26)").isEqualTo(version);
            assertThat(portal.mails().getLast().recipient()).isEqualTo(OLD);
            assertThat(portal.templates.rendered(MailParameters.NotificationSecurite.class)).singleElement()
                    .extracting(MailParameters.NotificationSecurite::change)
                    .isEqualTo(MailParameters.SecurityChange.ADRESSE_MAIL_MODIFIEE);
            AuditEvent event = portal.audit.events().getLast();
            assertThat(event.action()).isEqualTo(AuditAction.EMAIL_CHANGED.code());
            assertThat(event.details()).containsEntry("email.ancien", OLD).containsEntry("email.nouveau", NEW);

            var again = refused(portal.emailChange.confirm(token, FROM), Reason.NOT_FOUND);
            assertThat(again.refusal().message()).isEqualTo("Ce lien de confirmation n'est pas valide ou a déjà servi.");
        }

        @Test
        void an_expired_token_is_gone_and_changes_nothing() {
            String token = requestedToken();
            portal.clock.advance(Duration.ofHours(24));
            int mails = portal.mails().size();

            var refusal = refused(portal.emailChange.confirm(token, FROM), Reason.GONE);

            assertThat(refusal.refusal().message()).startsWith("Ce lien de confirmation a expiré");
            assertThat(email()).isEqualTo(OLD);
            assertThat(portal.mails()).hasSize(mails);
        }

        @Test
        void an_unknown_or_empty_token_is_not_found() {
            requestedToken();
            refused(portal.emailChange.confirm("inconnu", FROM), Reason.NOT_FOUND);
            refused(portal.emailChange.confirm("", FROM), Reason.NOT_FOUND);
            refused(portal.emailChange.confirm(null, FROM), Reason.NOT_FOUND);
            assertThat(email()).isEqualTo(OLD);
        }
    }
}
