package fr.portailpartenaires.adapters.mail;

import fr.portailpartenaires.domain.shared.BusinessTime;
import static fr.portailpartenaires.adapters.mail.MailWriter.line;
import static fr.portailpartenaires.adapters.mail.MailWriter.link;
import static fr.portailpartenaires.adapters.mail.MailWriter.strong;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailParameters.AppelEcheanceDeclaration;
import fr.portailpartenaires.application.shared.MailParameters.ChangementAdresseMail;
import fr.portailpartenaires.application.shared.MailParameters.Contact;
import fr.portailpartenaires.application.shared.ContactDetails;
import fr.portailpartenaires.application.shared.MailParameters.CreationCompte;
import fr.portailpartenaires.application.shared.MailParameters.DemandeValidationApprobateur;
import fr.portailpartenaires.application.shared.MailParameters.InvalidationConvention;
import fr.portailpartenaires.application.shared.MailParameters.InvalidationPreinscription;
import fr.portailpartenaires.application.shared.MailParameters.MotDePasseOublie;
import fr.portailpartenaires.application.shared.MailParameters.NotificationSecurite;
import fr.portailpartenaires.application.shared.MailParameters.RenvoiIdentifiant;
import fr.portailpartenaires.application.shared.MailParameters.ValidationConvention;
import fr.portailpartenaires.application.shared.MailParameters.ValidationPreinscription;
import fr.portailpartenaires.application.shared.RenderedMail;
import fr.portailpartenaires.application.shared.MailTemplates;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.ArrayList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The French texts of the portal's mails (spec §7), plain text and HTML, signed "Administrateur PPAS" (or, on the CAF
 * profile, "Administrateur Mon Compte Partenaire")
 * as in the seeds. Links point to the portal's public address, given by the configuration; times are
 * written in Paris time.
 */
public final class FrenchMailTemplates implements MailTemplates {

    public static final String SIGNATURE = "Administrateur PPAS";
    private static final ZoneId PARIS = BusinessTime.ZONE;
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE).withZone(PARIS);

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    /** How the CAF profile's mails are signed (« Mon Compte Partenaire », the CAF seed's portal). */
    public static final String CAF_SIGNATURE = "Administrateur Mon Compte Partenaire";

    private final URI portalUrl;
    private final String signature;

    /** @param portalUrl the public address of the portal (where users log in), e.g. {@code https://partenaires.example.fr/} */
    public FrenchMailTemplates(URI portalUrl) {
        this(portalUrl, SIGNATURE);
    }

    /**
     * @param portalUrl the public address of the portal (where users log in)
     * @param signature the line the mails are signed with: « Administrateur PPAS » (spec §7) or the CAF profile's
     */
    public FrenchMailTemplates(URI portalUrl, String signature) {
        this.signature = Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(portalUrl, "portalUrl");
        if (!portalUrl.isAbsolute() || !("https".equals(portalUrl.getScheme()) || "http".equals(portalUrl.getScheme()))) {
            throw new IllegalArgumentException("The portal's address must be an absolute http(s) URL, was " + portalUrl);
        }
        this.portalUrl = portalUrl;
    }

    @Override
    public RenderedMail render(MailParameters parameters) {
        return switch (parameters) {
            case ValidationPreinscription p -> validationPreinscription(p);
            case InvalidationPreinscription p -> invalidationPreinscription(p);
            case ValidationConvention p -> validationConvention(p);
            case InvalidationConvention p -> invalidationConvention(p);
            case CreationCompte p -> creationCompte(p);
            case MotDePasseOublie p -> motDePasseOublie(p);
            case NotificationSecurite p -> notificationSecurite(p);
            case Contact p -> contact(p);
            case RenvoiIdentifiant p -> renvoiIdentifiant(p);
            case ChangementAdresseMail p -> changementAdresseMail(p);
            case DemandeValidationApprobateur p -> demandeValidationApprobateur(p);
            case AppelEcheanceDeclaration p -> appelEcheanceDeclaration(p);
        };
    }

    private RenderedMail validationPreinscription(ValidationPreinscription p) {
        return firstLogin(new MailWriter(p, "Validation de votre préinscription")
                .paragraph("La préinscription de « ", p.partnerName(), " » au portail partenaires a été validée par la caisse ",
                        p.caisse(), ". Votre compte d'administrateur est créé.")
                .lines(line("Rappel de votre identifiant : ", strong(p.login())),
                        line("Mot de passe temporaire : ", strong(p.temporaryPassword()))), p.validity());
    }

    private RenderedMail invalidationPreinscription(InvalidationPreinscription p) {
        return new MailWriter(p, "Invalidation de votre préinscription")
                .paragraph("Votre demande de préinscription pour la convention n° ", p.conventionCode(),
                        " n'a pas été validée par la caisse ", p.caisse(), ".")
                .paragraph("Motif : ", strong(p.motif()))
                .paragraph("Votre demande n'a pas été conservée : vous devez ressaisir l'intégralité du formulaire "
                        + "de préinscription sur ", link(portalUrl))
                .signedBy(signature);
    }

    private RenderedMail validationConvention(ValidationConvention p) {
        return new MailWriter(p, "Mail de confirmation : validation de convention")
                .lines(line("La convention n° ", p.conventionCode(), " a été validée par la caisse ", p.caisse(), "."),
                        line("Elle est désormais active sur le portail partenaires : ", link(portalUrl)))
                .signedBy(signature);
    }

    private RenderedMail invalidationConvention(InvalidationConvention p) {
        return new MailWriter(p, "Mail de confirmation : invalidation de convention")
                .lines(line("La convention n° ", p.conventionCode(), " n'a pas pu être validée par la caisse ", p.caisse(), "."),
                        line("Merci de bien vouloir contacter l'administrateur de votre caisse."))
                .signedBy(signature);
    }

    private RenderedMail creationCompte(CreationCompte p) {
        return firstLogin(new MailWriter(p, "Création de votre compte")
                .paragraph("Un compte vient de vous être créé sur le portail partenaires pour « ", p.partnerName(), " ».")
                .lines(p.identifier()
                                .map(identifier -> line("Votre identifiant : ", strong(identifier)))
                                .orElseGet(() -> line("Votre identifiant vous sera communiqué par l'administrateur "
                                        + "de votre structure.")),
                        line("Mot de passe temporaire : ", strong(p.temporaryPassword()))), p.validity());
    }

    private RenderedMail motDePasseOublie(MotDePasseOublie p) {
        return new MailWriter(p, "Votre mot de passe temporaire")
                .paragraph("Vous avez demandé un nouveau mot de passe pour le compte ", strong(p.login()), ".")
                .paragraph("Mot de passe temporaire : ", strong(p.temporaryPassword()))
                .paragraph(temporaryPasswordRules(p.validity(), "prochaine"))
                .paragraph("Votre mot de passe actuel reste valable tant que vous n'avez pas utilisé celui-ci : si vous "
                        + "l'avez retrouvé, connectez-vous avec lui comme d'habitude, ce mot de passe temporaire ne "
                        + "servira plus.")
                .paragraph("Pour vous connecter : ", link(portalUrl))
                .paragraph("Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe n'a "
                        + "pas changé. Si cela se reproduit, prévenez l'administrateur de votre structure.")
                .signedBy(signature);
    }

    private RenderedMail notificationSecurite(NotificationSecurite p) {
        String when = " le " + DATE_TIME.format(p.changedAt()) + " (heure de Paris).";
        var writer = new MailWriter(p, "Notification de sécurité sur votre compte");
        return switch (p.change()) {
            case MOT_DE_PASSE_MODIFIE -> writer
                    .paragraph("Le mot de passe de votre compte ", strong(p.login()), " a été modifié", when)
                    .paragraph("Si vous êtes à l'origine de ce changement, vous n'avez rien à faire.")
                    .paragraph("Sinon, quelqu'un d'autre utilise peut-être votre compte : demandez sans attendre un "
                            + "nouveau mot de passe (« Mot de passe oublié » sur ", link(portalUrl),
                            ") et prévenez l'administrateur de votre structure.")
                    .signedBy(signature);
            case DROITS_ADMINISTRATEUR_ACCORDES -> writer
                    .paragraph("Les droits d'administrateur ont été accordés à votre compte ", strong(p.login()), when)
                    .paragraph(ifUnexpected())
                    .signedBy(signature);
            case DROITS_ADMINISTRATEUR_RETIRES -> writer
                    .paragraph("Les droits d'administrateur de votre compte ", strong(p.login()), " ont été retirés", when)
                    .paragraph(ifUnexpected())
                    .signedBy(signature);
            case ADRESSE_MAIL_MODIFIEE -> writer
                    .paragraph("L'adresse e-mail de votre compte ", strong(p.login()), " a été remplacée", when,
                            " Les prochains mails du portail seront envoyés à la nouvelle adresse.")
                    .paragraph("Si vous n'êtes pas à l'origine de ce changement, quelqu'un d'autre utilise peut-être "
                            + "votre compte : prévenez sans attendre l'administrateur de votre structure ou de votre caisse.")
                    .signedBy(signature);
            case TENTATIVES_DE_CONNEXION -> writer
                    .paragraph("De nombreuses tentatives de connexion à votre compte ", strong(p.login()),
                            " ont échoué depuis des navigateurs que vous n'avez jamais utilisés pour vous connecter,", when)
                    .paragraph("Votre mot de passe n'a pas été trouvé. Depuis les navigateurs où vous vous êtes déjà "
                            + "connecté, vous pouvez continuer à vous connecter normalement ; ailleurs, la connexion "
                            + "peut être ralentie pendant quelques minutes.")
                    .paragraph("Si votre mot de passe est simple ou sert aussi ailleurs, changez-le (« Changer mon mot "
                            + "de passe » une fois connecté, ou « Mot de passe oublié » sur ", link(portalUrl), ").")
                    .signedBy(signature);
        };
    }

    @SuppressWarnings("unchecked")
    private RenderedMail contact(Contact p) {
        String sender = p.details().flatMap(ContactDetails::firstName)
                .map(first -> first + " " + p.senderName()).orElse(p.senderName());
        List<List<Object>> lines = new ArrayList<>();
        lines.add(line("Expéditeur : ", strong(sender)));
        lines.add(line("Adresse e-mail pour répondre : ", strong(p.senderEmail())));
        p.details().ifPresent(details -> {
            lines.add(line("Téléphone : ", strong(details.phone())));
            lines.add(line("N° de convention : ", strong(details.conventionNumber())));
            details.institution().ifPresent(institution -> lines.add(line("Institution : ", strong(institution))));
            details.departement().ifPresent(departement -> lines.add(line("Département : ", strong(departement))));
        });
        lines.add(p.account().map(login -> line("Compte connecté : ", strong(login)))
                .orElseGet(() -> line("Envoyé sans être connecté au portail.")));
        lines.add(line("Objet : ", strong(p.subject())));
        return new MailWriter(p, "Nous contacter : " + p.subject())
                .paragraph("Un message a été envoyé à l'assistance depuis le formulaire « Nous contacter » du portail, le ",
                        DATE_TIME.format(p.sentAt()), " (heure de Paris).")
                .lines(lines.toArray(List[]::new))
                .quoted(p.message())
                .signedBy("Portail partenaires");
    }

    private RenderedMail renvoiIdentifiant(RenvoiIdentifiant p) {
        return new MailWriter(p, "Rappel de votre identifiant")
                .paragraph("À la demande de l'administrateur de « ", p.partnerName(),
                        " », voici l'identifiant de votre compte sur le portail partenaires.")
                .paragraph("Votre identifiant : ", strong(p.login()))
                .paragraph("Pour vous connecter : ", link(portalUrl))
                .paragraph("Si vous avez aussi oublié votre mot de passe, demandez-en un nouveau avec « Mot de passe "
                        + "oublié » sur la page de connexion.")
                .signedBy(signature);
    }

    private RenderedMail changementAdresseMail(ChangementAdresseMail p) {
        URI confirmation = portalUrl.resolve("compte/adresse-mail/confirmation?jeton=" + p.token());
        return new MailWriter(p, "Confirmez votre nouvelle adresse e-mail")
                .paragraph("Vous avez demandé que cette adresse devienne celle de votre compte ", strong(p.login()),
                        " sur le portail partenaires.")
                .paragraph("Pour confirmer, ouvrez ce lien : ", link(confirmation))
                .paragraph("Code de confirmation : ", strong(p.token()))
                .paragraph("Ce lien est valable " + inWords(p.validity()) + " et ne peut servir qu'une seule fois. "
                        + "Tant qu'il n'est pas confirmé, votre ancienne adresse reste celle du compte.")
                .paragraph("Si vous n'êtes pas à l'origine de cette demande, ignorez ce mail.")
                .signedBy(signature);
    }

    private RenderedMail demandeValidationApprobateur(DemandeValidationApprobateur p) {
        return new MailWriter(p, "Demande de validation d'approbateur")
                .paragraph("Le partenaire « ", p.partnerName(), " » a désigné un approbateur pour le service Aides "
                        + "financières d'action sociale (AFAS) et demande sa validation par votre CAF.")
                .lines(line("Convention : ", strong(p.convention())),
                        line("Approbateur : ", strong(p.approver()), " (identifiant ", p.identifier(), ")"),
                        line("Activités : ", strong(String.join(", ", p.activities()))),
                        line("À partir du : ", strong(FRENCH_DATE.format(p.startDate()))))
                .paragraph("Tant que vous ne l'avez pas validé, cet approbateur est affiché « en attente de validation "
                        + "par votre CAF ». Pour le valider : ", link(portalUrl))
                .signedBy(signature);
    }

    private RenderedMail appelEcheanceDeclaration(AppelEcheanceDeclaration p) {
        return new MailWriter(p, "Appel d'échéance de déclaration")
                .paragraph("Votre CAF (", p.caf(), ") a validé votre habilitation d'approbateur pour « ", p.partnerName(),
                        " ».")
                .lines(line("Approbateur : ", strong(p.approver())),
                        line("Activités : ", strong(String.join(", ", p.activities()))),
                        line("Date d'échéance de la déclaration : ", strong(FRENCH_DATE.format(p.deadline()))))
                .paragraph("Merci de transmettre la déclaration avant cette date, depuis « Aides financières d'action "
                        + "sociale » sur ", link(portalUrl))
                .signedBy(signature);
    }

    private static String ifUnexpected() {
        return "Si ce changement n'était pas prévu, contactez sans attendre l'administrateur de votre structure "
                + "ou de votre caisse.";
    }

    /** The end of a mail opening an account: the temporary password's rules, where to log in, the signature. */
    private RenderedMail firstLogin(MailWriter mail, Duration validity) {
        return mail.paragraph(temporaryPasswordRules(validity, "première"))
                .paragraph("Pour vous connecter : ", link(portalUrl))
                .signedBy(signature);
    }

    private static String temporaryPasswordRules(Duration validity, String whichLogin) {
        return "Ce mot de passe temporaire est valable " + inWords(validity) + " et ne peut servir qu'une seule fois. "
                + "Lors de votre " + whichLogin + " connexion, vous devrez le remplacer par un mot de passe de votre choix.";
    }

    /** "72 heures", "1 heure", "30 minutes". */
    static String inWords(Duration duration) {
        if (duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0 && duration.toHours() > 0) {
            long hours = duration.toHours();
            return hours + (hours == 1 ? " heure" : " heures");
        }
        long minutes = Math.max(1, duration.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
