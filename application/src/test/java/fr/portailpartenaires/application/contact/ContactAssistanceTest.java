package fr.portailpartenaires.application.contact;

import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.testing.PortalFixture;
import fr.portailpartenaires.application.testing.ScriptedCaptcha;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static fr.portailpartenaires.application.testing.PortalFixture.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.ContactDetails;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.contact.ContactAssistance.ContactForm;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.contact.ContactMessages.ContactMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** « Nous contacter » (spec §2.4): mailed to the assistance address and kept; captcha for visitors. */
class ContactAssistanceTest {

    private final PortalFixture portal = new PortalFixture();

    private ContactForm form(String nom, String email, String objet, String message) {
        return new ContactForm("757300", "Association Ciel Bleu", "62", nom, "Alexandre", email, "03.02.01.05.09",
                objet, message, portal.captcha.issue(), ScriptedCaptcha.ANSWER);
    }

    private ContactForm seedForm() {
        return form("Alexandre GRIZZI", "alexandre.grizzi@ciel-bleu.example", "Accès au service Habitat",
                "Bonjour,\r\nje ne vois pas le service Habitat.\r\nMerci.");
    }

    private Outcome<ContactAssistance.Sent> send(ContactForm form) {
        return portal.contact.send(form, Optional.empty(), FROM);
    }

    @Nested
    class From_a_visitor {

        @Test
        void is_kept_and_mailed_to_the_assistance_address_with_the_sender_to_answer_to() {
            ContactAssistance.Sent sent = done(send(seedForm()));

            assertThat(sent.message()).isEqualTo(ContactAssistance.SENT);
            ContactMessage kept = portal.contactMessages.recent(1).getFirst();
            assertThat(kept.id()).isEqualTo(sent.id());
            assertThat(kept.message()).isEqualTo("Bonjour,\nje ne vois pas le service Habitat.\nMerci.");
            assertThat(kept.sender()).isEmpty();
            assertThat(kept.sourceAddress()).contains(FROM);
            assertThat(portal.mails()).singleElement().satisfies(mail -> {
                assertThat(mail.template()).isEqualTo(MailTemplate.CONTACT);
                assertThat(mail.recipient()).isEqualTo(PortalSettings.DEFAULT_ASSISTANCE_EMAIL.value());
            });
            ContactDetails details = new ContactDetails("757300", Optional.of("Association Ciel Bleu"),
                    Optional.of("62"), Optional.of("Alexandre"), "03 02 01 05 09");
            assertThat(kept.details()).contains(details);
            assertThat(portal.templates.rendered(MailParameters.Contact.class)).containsExactly(new MailParameters.Contact(
                    "Alexandre GRIZZI", "alexandre.grizzi@ciel-bleu.example", "Accès au service Habitat",
                    "Bonjour,\nje ne vois pas le service Habitat.\nMerci.", Optional.empty(), PortalFixture.T0,
                    Optional.of(details)));
            assertThat(portal.audit.events(AuditAction.CONTACT_MESSAGE_SENT)).singleElement().satisfies(event ->
                    assertThat(event.target()).contains("contact:" + sent.id()));
        }

        @Test
        void needs_the_seed_s_convention_number_and_a_telephone_and_stores_nothing_without_them() {
            var errors = invalid(send(new ContactForm(" ", null, null, "Alexandre GRIZZI", null,
                    "a@ciel-bleu.example", "pas un numéro", "Objet", "Message", portal.captcha.issue(),
                    ScriptedCaptcha.ANSWER)));

            assertThat(errors).containsOnlyKeys("numeroConvention", "telephone");
            assertThat(portal.contactMessages.recent(10)).isEmpty();
            assertThat(portal.mails()).isEmpty();
        }

        @Test
        void needs_the_captcha() {
            var errors = invalid(portal.contact.send(new ContactForm("757300", null, null, "Alexandre GRIZZI", null,
                    "a@ciel-bleu.example", "0302010509", "Objet", "Message", UUID.randomUUID(), "faux"),
                    Optional.empty(), FROM));

            assertThat(errors).containsOnlyKeys("captcha");
            assertThat(portal.mails()).isEmpty();
            assertThat(portal.contactMessages.recent(10)).isEmpty();
        }

        @Test
        void reports_every_error_at_once_lengths_control_characters_and_address() {
            var errors = invalid(send(form("Alex\u0007", "pas-un-mail", "Objet\r\nBcc: x@y.example",
                    "x".repeat(5001))));

            assertThat(errors).containsOnlyKeys("nom", "email", "objet", "message");
            assertThat(errors.get("message")).containsExactly("Le message ne doit pas dépasser 5000 caractères.");
            assertThat(errors.get("objet")).containsExactly("Ce champ tient sur une ligne, sans caractère non imprimable.");
            assertThat(portal.mails()).isEmpty();
        }

        @Test
        void waits_after_five_messages_from_one_address() {
            for (int i = 0; i < 5; i++) {
                done(send(seedForm()));
            }

            var refused = refused(send(seedForm()), Reason.TOO_MANY_REQUESTS);

            assertThat(refused.retryAfter()).contains(Duration.ofMinutes(1));
            assertThat(portal.contactMessages.recent(10)).hasSize(5);
        }
    }

    @Nested
    class From_a_logged_in_user {

        @Test
        void needs_no_captcha_and_names_the_account() {
            Principal carsat = portal.carsatAdministrator();

            done(portal.contact.send(new ContactForm("757300", null, null, "Claire Martin", null,
                    "carsat62@caisse.example", "0302010509", "Question", "Une question.", null, null),
                    Optional.of(carsat), FROM));

            assertThat(portal.templates.rendered(MailParameters.Contact.class).getFirst().account()).contains("carsat62");
            assertThat(portal.contactMessages.recent(1).getFirst().sender()).contains(carsat.user());
            assertThat(portal.audit.events(AuditAction.CONTACT_MESSAGE_SENT).getFirst().actor())
                    .isEqualTo(carsat.user().value().toString());
        }

        @Test
        void is_refused_while_a_temporary_password_must_be_changed() {
            PortalFixture.ValidatedPartner seed = portal.validatedSeed();
            var loggedIn = done(portal.authentication.login("Alex7", seed.temporaryPassword(), FROM));
            Principal principal = portal.authentication.resolve(loggedIn.sessionId()).orElseThrow();

            assertThat(refused(portal.contact.send(seedForm(), Optional.of(principal), FROM), Reason.FORBIDDEN).refusal())
                    .isEqualTo(Principal.PASSWORD_CHANGE_REQUIRED);
        }
    }
}
