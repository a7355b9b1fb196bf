package fr.portailpartenaires.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailParameters.AppelEcheanceDeclaration;
import fr.portailpartenaires.application.shared.MailParameters.ChangementAdresseMail;
import fr.portailpartenaires.application.shared.MailParameters.Contact;
import fr.portailpartenaires.application.shared.MailParameters.CreationCompte;
import fr.portailpartenaires.application.shared.MailParameters.DemandeValidationApprobateur;
import fr.portailpartenaires.application.shared.MailParameters.InvalidationConvention;
import fr.portailpartenaires.application.shared.MailParameters.InvalidationPreinscription;
import fr.portailpartenaires.application.shared.MailParameters.MotDePasseOublie;
import fr.portailpartenaires.application.shared.MailParameters.NotificationSecurite;
import fr.portailpartenaires.application.shared.MailParameters.RenvoiIdentifiant;
import fr.portailpartenaires.application.shared.MailParameters.SecurityChange;
import fr.portailpartenaires.application.shared.MailParameters.ValidationConvention;
import fr.portailpartenaires.application.shared.MailParameters.ValidationPreinscription;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.shared.RenderedMail;
import fr.portailpartenaires.application.shared.OutgoingMail;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FrenchMailTemplatesTest {

    private static final URI PORTAL = URI.create("https://partenaires.example.fr/");
    private static final String INJECTION = "<script>alert('x')</script> & \"Cie\"";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Cie&quot;";
    private static final Duration H72 = Duration.ofHours(72);

    private final FrenchMailTemplates templates = new FrenchMailTemplates(PORTAL);

    @org.junit.jupiter.api.Test
    void the_caf_profile_signs_its_mails_with_its_own_portal() {
        RenderedMail mail = new FrenchMailTemplates(PORTAL, FrenchMailTemplates.CAF_SIGNATURE).render(
                new fr.portailpartenaires.application.shared.MailParameters.RenvoiIdentifiant("ENF01302SM",
                        "Centre Social La Farandole Istres"));
        assertThat(mail.textBody()).endsWith("Cordialement,\nAdministrateur Mon Compte Partenaire\n")
                .doesNotContain("PPAS");
        assertThat(mail.htmlBody()).contains("Administrateur Mon Compte Partenaire</p>");
    }

    private static void assertSignedAndEscaped(RenderedMail mail) {
        assertThat(mail.textBody()).startsWith("Bonjour,\n").endsWith("Cordialement,\nAdministrateur PPAS\n");
        assertThat(mail.htmlBody()).contains("<html lang=\"fr\">", "<meta charset=\"UTF-8\">",
                "<p>Cordialement,<br>\nAdministrateur PPAS</p>");
        assertThat(mail.htmlBody()).contains(ESCAPED).doesNotContain("<script>");
        assertThat(mail.textBody()).contains(INJECTION);
    }

    @Nested
    class Validation_de_la_preinscription {

        private final RenderedMail mail = templates.render(new ValidationPreinscription("Association Ciel Bleu",
                "CARSAT Nord-Picardie", "Alex7", "Tmp4xQ9z", H72));

        @Test
        void reminds_the_login_gives_the_temporary_password_its_validity_the_link_and_the_forced_change() {
            assertThat(mail.template()).isEqualTo(MailTemplate.VALIDATION_PREINSCRIPTION);
            assertThat(mail.subject()).isEqualTo("Validation de votre préinscription");
            assertThat(mail.textBody()).contains(
                    "La préinscription de « Association Ciel Bleu » au portail partenaires a été validée par la caisse CARSAT Nord-Picardie.",
                    "Rappel de votre identifiant : Alex7\nMot de passe temporaire : Tmp4xQ9z\n",
                    "Ce mot de passe temporaire est valable 72 heures et ne peut servir qu'une seule fois.",
                    "Lors de votre première connexion, vous devrez le remplacer par un mot de passe de votre choix.",
                    "Pour vous connecter : https://partenaires.example.fr/");
            assertThat(mail.htmlBody()).contains("<strong>Alex7</strong>", "<strong>Tmp4xQ9z</strong>",
                    "<a href=\"https://partenaires.example.fr/\">https://partenaires.example.fr/</a>",
                    "Lors de votre premi\u00e8re connexion");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new ValidationPreinscription(INJECTION, "CARSAT Nord-Picardie",
                    "Alex7", "Tmp4xQ9z", H72)));
            assertThat(templates.render(new ValidationPreinscription("Ciel Bleu", "CARSAT", "<b>", "<i>", H72)).htmlBody())
                    .contains("<strong>&lt;b&gt;</strong>", "<strong>&lt;i&gt;</strong>");
        }
    }

    @Nested
    class Invalidation_de_la_preinscription {

        private final RenderedMail mail = templates.render(new InvalidationPreinscription("757300",
                "CARSAT Nord-Picardie", "Le code convention ne correspond à aucune convention signée."));

        @Test
        void gives_the_motif_and_asks_to_type_the_whole_form_again() {
            assertThat(mail.template()).isEqualTo(MailTemplate.INVALIDATION_PREINSCRIPTION);
            assertThat(mail.subject()).isEqualTo("Invalidation de votre préinscription");
            assertThat(mail.textBody()).contains(
                    "Votre demande de préinscription pour la convention n° 757300 n'a pas été validée par la caisse CARSAT Nord-Picardie.",
                    "Motif : Le code convention ne correspond à aucune convention signée.",
                    "vous devez ressaisir l'intégralité du formulaire de préinscription sur https://partenaires.example.fr/");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new InvalidationPreinscription("757300", "CARSAT", INJECTION)));
        }
    }

    @Nested
    class Invalidation_de_convention {

        @Test
        void is_word_for_word_the_text_of_the_spec() {
            RenderedMail mail = templates.render(new InvalidationConvention("757300", "CARSAT Nord-Picardie"));
            assertThat(mail.template()).isEqualTo(MailTemplate.INVALIDATION_CONVENTION);
            assertThat(mail.subject()).isEqualTo("Mail de confirmation : invalidation de convention");
            assertThat(mail.textBody()).isEqualTo("""
                    Bonjour,

                    La convention n\u00b0 757300 n'a pas pu être validée par la caisse CARSAT Nord-Picardie.
                    Merci de bien vouloir contacter l'administrateur de votre caisse.

                    Cordialement,
                    Administrateur PPAS
                    """);
            assertThat(mail.htmlBody()).contains("<p>La convention n° 757300 n&#39;a pas pu être validée par la caisse "
                    + "CARSAT Nord-Picardie.<br>\nMerci de bien vouloir contacter l&#39;administrateur de votre caisse.</p>");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new InvalidationConvention("757300", INJECTION)));
        }
    }

    @Nested
    class Validation_de_convention {

        @Test
        void gives_the_convention_code_and_the_caisse() {
            RenderedMail mail = templates.render(new ValidationConvention("757300", "CARSAT Nord-Picardie"));
            assertThat(mail.template()).isEqualTo(MailTemplate.VALIDATION_CONVENTION);
            assertThat(mail.subject()).isEqualTo("Mail de confirmation : validation de convention");
            assertThat(mail.textBody()).contains(
                    "La convention n° 757300 a été validée par la caisse CARSAT Nord-Picardie.",
                    "Elle est désormais active sur le portail partenaires : https://partenaires.example.fr/");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new ValidationConvention(INJECTION, "CARSAT Nord-Picardie")));
        }
    }

    @Nested
    class Creation_de_compte {

        @Test
        void on_ppas_gives_the_password_and_says_the_administrator_passes_the_login_on() {
            RenderedMail mail = templates.render(new CreationCompte("Association Ciel Bleu", Optional.empty(),
                    "Tmp4xQ9z", H72));
            assertThat(mail.template()).isEqualTo(MailTemplate.CREATION_COMPTE);
            assertThat(mail.subject()).isEqualTo("Création de votre compte");
            assertThat(mail.textBody()).contains(
                    "Un compte vient de vous être créé sur le portail partenaires pour « Association Ciel Bleu ».",
                    "Votre identifiant vous sera communiqué par l'administrateur de votre structure.",
                    "Mot de passe temporaire : Tmp4xQ9z",
                    "valable 72 heures",
                    "vous devrez le remplacer par un mot de passe de votre choix")
                    .doesNotContain("Votre identifiant :");
        }

        @Test
        void on_caf_gives_the_identifier_and_the_password() {
            RenderedMail mail = templates.render(new CreationCompte("Centre social Les Tilleuls", Optional.of("jdupont"),
                    "Tmp4xQ9z", Duration.ofHours(1)));
            assertThat(mail.textBody()).contains("Votre identifiant : jdupont\nMot de passe temporaire : Tmp4xQ9z",
                    "valable 1 heure et");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new CreationCompte(INJECTION, Optional.of("jdupont"), "Tmp4xQ9z", H72)));
        }
    }

    @Nested
    class Mot_de_passe_oublie {

        @Test
        void gives_the_temporary_password_and_its_validity() {
            RenderedMail mail = templates.render(new MotDePasseOublie("Alex7", "Tmp4xQ9z", Duration.ofMinutes(30)));
            assertThat(mail.template()).isEqualTo(MailTemplate.MOT_DE_PASSE_OUBLIE);
            assertThat(mail.textBody()).contains("Vous avez demandé un nouveau mot de passe pour le compte Alex7.",
                    "Mot de passe temporaire : Tmp4xQ9z", "valable 30 minutes",
                    "Lors de votre prochaine connexion, vous devrez le remplacer",
                    "Votre mot de passe actuel reste valable tant que vous n'avez pas utilisé celui-ci",
                    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe n'a pas "
                            + "changé.");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new MotDePasseOublie(INJECTION, "Tmp4xQ9z", H72)));
        }
    }

    @Nested
    class Notification_de_securite {

        private static final Instant CHANGED_AT = Instant.parse("2025-03-12T09:05:00Z");

        @Test
        void says_what_changed_and_when_in_paris_time_and_what_to_do_if_it_was_not_them() {
            RenderedMail mail = templates.render(new NotificationSecurite("Alex7", SecurityChange.MOT_DE_PASSE_MODIFIE,
                    CHANGED_AT));
            assertThat(mail.template()).isEqualTo(MailTemplate.NOTIFICATION_SECURITE);
            assertThat(mail.subject()).isEqualTo("Notification de sécurité sur votre compte");
            assertThat(mail.textBody()).contains(
                    "Le mot de passe de votre compte Alex7 a été modifié le 12/03/2025 à 10h05 (heure de Paris).",
                    "Si vous êtes à l'origine de ce changement, vous n'avez rien à faire.",
                    "demandez sans attendre un nouveau mot de passe (« Mot de passe oublié » sur https://partenaires.example.fr/)");
        }

        @Test
        void reports_administrator_rights_granted_and_revoked() {
            assertThat(templates.render(new NotificationSecurite("Alex7", SecurityChange.DROITS_ADMINISTRATEUR_ACCORDES,
                    Instant.parse("2025-07-01T12:00:00Z"))).textBody())
                    .contains("Les droits d'administrateur ont été accordés à votre compte Alex7 le 01/07/2025 à 14h00",
                            "Si ce changement n'était pas prévu, contactez sans attendre l'administrateur");
            assertThat(templates.render(new NotificationSecurite("Alex7", SecurityChange.DROITS_ADMINISTRATEUR_RETIRES,
                    CHANGED_AT)).textBody())
                    .contains("Les droits d'administrateur de votre compte Alex7 ont été retirés le 12/03/2025");
        }

        @Test
        void reports_failed_logins_from_unknown_browsers_and_that_the_usual_browsers_go_on() {
            assertThat(templates.render(new NotificationSecurite("Alex7", SecurityChange.TENTATIVES_DE_CONNEXION,
                    CHANGED_AT)).textBody())
                    .contains("De nombreuses tentatives de connexion à votre compte Alex7 ont échoué depuis des "
                            + "navigateurs que vous n'avez jamais utilisés pour vous connecter, le 12/03/2025 à 10h05",
                            "Votre mot de passe n'a pas été trouvé.",
                            "vous pouvez continuer à vous connecter normalement",
                            "« Mot de passe oublié » sur https://partenaires.example.fr/");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new NotificationSecurite(INJECTION,
                    SecurityChange.MOT_DE_PASSE_MODIFIE, CHANGED_AT)));
        }
    }

    @Nested
    class Renvoi_de_l_identifiant {

        @Test
        void gives_the_login_and_where_to_log_in_but_no_password() {
            RenderedMail mail = templates.render(new RenvoiIdentifiant("Alex7", "Association Ciel Bleu"));
            assertThat(mail.template()).isEqualTo(MailTemplate.RENVOI_IDENTIFIANT);
            assertThat(mail.subject()).isEqualTo("Rappel de votre identifiant");
            assertThat(mail.textBody()).contains("À la demande de l'administrateur de « Association Ciel Bleu »",
                    "Votre identifiant : Alex7", "Pour vous connecter : https://partenaires.example.fr/",
                    "« Mot de passe oublié »");
            assertThat(mail.htmlBody()).contains("<strong>Alex7</strong>");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new RenvoiIdentifiant(INJECTION, INJECTION)));
        }
    }

    @Nested
    class Changement_d_adresse_mail {

        @Test
        void gives_the_single_use_confirmation_link_and_its_validity() {
            RenderedMail mail = templates.render(new ChangementAdresseMail("Alex7", "AbC-12_x", Duration.ofHours(24)));
            assertThat(mail.template()).isEqualTo(MailTemplate.CHANGEMENT_ADRESSE_MAIL);
            assertThat(mail.subject()).isEqualTo("Confirmez votre nouvelle adresse e-mail");
            assertThat(mail.textBody()).contains("votre compte Alex7",
                    "https://partenaires.example.fr/compte/adresse-mail/confirmation?jeton=AbC-12_x",
                    "Code de confirmation : AbC-12_x", "valable 24 heures et ne peut servir qu'une seule fois");
        }

        @Test
        void the_old_address_is_told_of_the_change() {
            assertThat(templates.render(new NotificationSecurite("Alex7", SecurityChange.ADRESSE_MAIL_MODIFIEE,
                    Instant.parse("2025-03-12T09:05:00Z"))).textBody())
                    .contains("L'adresse e-mail de votre compte Alex7 a été remplacée le 12/03/2025 à 10h05",
                            "Si vous n'êtes pas à l'origine de ce changement");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new ChangementAdresseMail(INJECTION, "t0ken", Duration.ofHours(24))));
        }
    }

    @Nested
    class Demande_de_validation_d_approbateur {

        @Test
        void tells_the_caf_the_partner_the_approver_the_activities_and_the_start() {
            RenderedMail mail = templates.render(new DemandeValidationApprobateur("Centre Social La Farandole Istres",
                    "Centre Social La Farandole Istres", "Garban Gilles", "ENF01302SN", List.of("ESC Farandole Istres"),
                    LocalDate.of(2018, 8, 30)));
            assertThat(mail.template()).isEqualTo(MailTemplate.DEMANDE_VALIDATION_APPROBATEUR);
            assertThat(mail.subject()).isEqualTo("Demande de validation d'approbateur");
            assertThat(mail.textBody()).contains("Le partenaire « Centre Social La Farandole Istres » a désigné un "
                            + "approbateur",
                    "Approbateur : Garban Gilles (identifiant ENF01302SN)\nActivités : ESC Farandole Istres\n"
                            + "À partir du : 30/08/2018\n",
                    "en attente de validation par votre CAF", "https://partenaires.example.fr/");
            assertThat(mail.htmlBody()).contains("<strong>Garban Gilles</strong>");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new DemandeValidationApprobateur(INJECTION, INJECTION, INJECTION,
                    "ENF01302SN", List.of(INJECTION), LocalDate.of(2018, 8, 30))));
        }
    }

    @Nested
    class Appel_d_echeance_de_declaration {

        @Test
        void tells_the_approver_they_are_validated_and_the_declaration_deadline() {
            RenderedMail mail = templates.render(new AppelEcheanceDeclaration("Centre Social La Farandole Istres",
                    "Caf 132", "Garban Gilles", List.of("ESC Farandole Istres"), LocalDate.of(2018, 9, 30)));
            assertThat(mail.template()).isEqualTo(MailTemplate.APPEL_ECHEANCE_DECLARATION);
            assertThat(mail.subject()).isEqualTo("Appel d'échéance de déclaration");
            assertThat(mail.textBody()).contains(
                    "Votre CAF (Caf 132) a validé votre habilitation d'approbateur pour « Centre Social La Farandole "
                            + "Istres ».",
                    "Activités : ESC Farandole Istres\nDate d'échéance de la déclaration : 30/09/2018\n");
        }

        @Test
        void escapes_every_value_in_html() {
            assertSignedAndEscaped(templates.render(new AppelEcheanceDeclaration(INJECTION, INJECTION, INJECTION,
                    List.of(INJECTION), LocalDate.of(2018, 9, 30))));
        }
    }

    @Test
    void the_portal_address_must_be_an_absolute_web_address() {
        assertThatThrownBy(() -> new FrenchMailTemplates(URI.create("/connexion")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrenchMailTemplates(URI.create("javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Nested
    class Contact_assistance {

        private final RenderedMail mail = templates.render(new Contact("Alexandre GRIZZI", "alex7@ciel-bleu.fr",
                "Accès au service Habitat", "Bonjour,\nje ne vois pas le service.\n\nMerci.", Optional.of("Alex7"),
                Instant.parse("2025-03-12T09:00:00Z")));

        @Test
        void gives_the_sender_the_address_to_answer_to_the_account_the_subject_and_the_message_line_by_line() {
            assertThat(mail.template()).isEqualTo(MailTemplate.CONTACT);
            assertThat(mail.subject()).isEqualTo("Nous contacter : Accès au service Habitat");
            assertThat(mail.textBody()).contains(
                    "le 12/03/2025 à 10h00 (heure de Paris).",
                    "Expéditeur : Alexandre GRIZZI\nAdresse e-mail pour répondre : alex7@ciel-bleu.fr\n"
                            + "Compte connecté : Alex7\nObjet : Accès au service Habitat\n",
                    "\nBonjour,\nje ne vois pas le service.\n\nMerci.\n");
            assertThat(mail.htmlBody()).contains("<p>Bonjour,<br>\nje ne vois pas le service.<br>\n<br>\nMerci.</p>");
        }

        @Test
        void gives_the_seed_s_details_when_the_sender_typed_them() {
            RenderedMail detailed = templates.render(new Contact("GRIZZI", "alex7@ciel-bleu.fr", "Question", "Bonjour",
                    Optional.empty(), Instant.parse("2025-03-12T09:00:00Z"), Optional.of(
                            new fr.portailpartenaires.application.shared.ContactDetails("757300",
                                    Optional.of("Association Ciel Bleu"), Optional.of("62"), Optional.of("Alexandre"),
                                    "03 02 01 05 09"))));
            assertThat(detailed.textBody()).contains("Expéditeur : Alexandre GRIZZI\n"
                    + "Adresse e-mail pour répondre : alex7@ciel-bleu.fr\nTéléphone : 03 02 01 05 09\n"
                    + "N° de convention : 757300\nInstitution : Association Ciel Bleu\nDépartement : 62\n"
                    + "Envoyé sans être connecté au portail.\nObjet : Question\n");
        }

        @Test
        void says_when_the_sender_was_not_logged_in_and_escapes_what_they_typed() {
            RenderedMail visitor = templates.render(new Contact(INJECTION, "a@b.fr", "Objet", INJECTION + "\n" + INJECTION,
                    Optional.empty(), Instant.EPOCH));

            assertThat(visitor.textBody()).contains("Envoyé sans être connecté au portail.").contains(INJECTION);
            assertThat(visitor.htmlBody()).contains("<strong>" + ESCAPED + "</strong>", ESCAPED + "<br>\n" + ESCAPED)
                    .doesNotContain("<script>");
        }
    }

    @Test
    void every_template_renders_a_mail_the_outbox_accepts() {
        List<MailParameters> oneOfEach = List.of(
                new ValidationPreinscription("Association Ciel Bleu", "CARSAT Nord-Picardie", "Alex7", "Tmp4xQ9z", H72),
                new InvalidationPreinscription("757300", "CARSAT Nord-Picardie", "Convention inconnue"),
                new ValidationConvention("757300", "CARSAT Nord-Picardie"),
                new InvalidationConvention("757300", "CARSAT Nord-Picardie"),
                new CreationCompte("Association Ciel Bleu", Optional.empty(), "Tmp4xQ9z", H72),
                new MotDePasseOublie("Alex7", "Tmp4xQ9z", H72),
                new NotificationSecurite("Alex7", SecurityChange.MOT_DE_PASSE_MODIFIE, Instant.EPOCH),
                new Contact("Alexandre GRIZZI", "alex7@ciel-bleu.fr", "Question", "Bonjour", Optional.empty(),
                        Instant.EPOCH),
                new RenvoiIdentifiant("Alex7", "Association Ciel Bleu"),
                new ChangementAdresseMail("Alex7", "t0ken", Duration.ofHours(24)),
                new DemandeValidationApprobateur("Centre Social La Farandole Istres", "Centre Social La Farandole Istres",
                        "Garban Gilles", "ENF01302SN", List.of("ESC Farandole Istres"), LocalDate.of(2018, 8, 30)),
                new AppelEcheanceDeclaration("Centre Social La Farandole Istres", "Caf 132", "Garban Gilles",
                        List.of("ESC Farandole Istres"), LocalDate.of(2018, 9, 30)));
        Instant now = Instant.parse("2025-03-12T09:00:00Z");

        List<OutgoingMail> mails = oneOfEach.stream()
                .map(parameters -> OutgoingMail.of("alex7@ciel-bleu.fr", templates.render(parameters), now))
                .toList();

        assertThat(mails).extracting(OutgoingMail::template).containsExactlyInAnyOrder(MailTemplate.values());
    }
}
