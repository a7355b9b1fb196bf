package fr.portailpartenaires.application.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed values each mail template needs, one record per mail of spec §7; the record chooses the
 * template. Records carrying a temporary password never print it in {@code toString()}.
 */
public sealed interface MailParameters {

    /** The template these values fill. */
    default MailTemplate template() {
        return switch (this) {
            case ValidationPreinscription p -> MailTemplate.VALIDATION_PREINSCRIPTION;
            case InvalidationPreinscription p -> MailTemplate.INVALIDATION_PREINSCRIPTION;
            case ValidationConvention p -> MailTemplate.VALIDATION_CONVENTION;
            case InvalidationConvention p -> MailTemplate.INVALIDATION_CONVENTION;
            case CreationCompte p -> MailTemplate.CREATION_COMPTE;
            case MotDePasseOublie p -> MailTemplate.MOT_DE_PASSE_OUBLIE;
            case NotificationSecurite p -> MailTemplate.NOTIFICATION_SECURITE;
            case Contact p -> MailTemplate.CONTACT;
            case RenvoiIdentifiant p -> MailTemplate.RENVOI_IDENTIFIANT;
            case ChangementAdresseMail p -> MailTemplate.CHANGEMENT_ADRESSE_MAIL;
            case DemandeValidationApprobateur p -> MailTemplate.DEMANDE_VALIDATION_APPROBATEUR;
            case AppelEcheanceDeclaration p -> MailTemplate.APPEL_ECHEANCE_DECLARATION;
        };
    }

    /**
     * To the first administrator, when the caisse validates a registration (spec §2.1).
     *
     * @param partnerName       the partner just created
     * @param caisse            the caisse that validated (its label)
     * @param login             the administrator's login, as a reminder
     * @param temporaryPassword the single-use password to change at first login
     * @param validity          how long that password is valid (e.g. 72 h)
     */
    record ValidationPreinscription(String partnerName, String caisse, String login, String temporaryPassword,
            Duration validity) implements MailParameters {

        public ValidationPreinscription {
            requireText(partnerName, "partnerName");
            requireText(caisse, "caisse");
            requireText(login, "login");
            requireText(temporaryPassword, "temporaryPassword");
            requirePositive(validity);
        }

        @Override
        public String toString() {
            return "ValidationPreinscription[partnerName=" + partnerName + ", caisse=" + caisse + ", login=" + login
                    + ", temporaryPassword=***, validity=" + validity + "]";
        }
    }

    /**
     * To the requester, when the caisse invalidates a registration: nothing was kept.
     *
     * @param conventionCode the convention code typed in the request
     * @param caisse         the caisse that invalidated (its label)
     * @param motif          why, as typed by the caisse
     */
    record InvalidationPreinscription(String conventionCode, String caisse, String motif) implements MailParameters {

        public InvalidationPreinscription {
            requireText(conventionCode, "conventionCode");
            requireText(caisse, "caisse");
            requireText(motif, "motif");
        }
    }

    /**
     * To the partner's administrators, when the caisse validates a convention.
     *
     * @param conventionCode the convention's code
     * @param caisse         the caisse (its label)
     */
    record ValidationConvention(String conventionCode, String caisse) implements MailParameters {

        public ValidationConvention {
            requireText(conventionCode, "conventionCode");
            requireText(caisse, "caisse");
        }
    }

    /**
     * To the partner's administrators, when the caisse invalidates a convention request.
     *
     * @param conventionCode the convention's code
     * @param caisse         the caisse (its label)
     */
    record InvalidationConvention(String conventionCode, String caisse) implements MailParameters {

        public InvalidationConvention {
            requireText(conventionCode, "conventionCode");
            requireText(caisse, "caisse");
        }
    }

    /**
     * To a new user. On PPAS the administrator passes the login on himself, so the mail carries only
     * the password; on CAF it carries the identifier too.
     *
     * @param partnerName       the partner the account belongs to
     * @param identifier        the login, written in the mail only when present (CAF)
     * @param temporaryPassword the single-use password to change at first login
     * @param validity          how long that password is valid
     */
    record CreationCompte(String partnerName, Optional<String> identifier, String temporaryPassword,
            Duration validity) implements MailParameters {

        public CreationCompte {
            requireText(partnerName, "partnerName");
            Objects.requireNonNull(identifier, "identifier").ifPresent(value -> requireText(value, "identifier"));
            requireText(temporaryPassword, "temporaryPassword");
            requirePositive(validity);
        }

        @Override
        public String toString() {
            return "CreationCompte[partnerName=" + partnerName + ", identifier=" + identifier
                    + ", temporaryPassword=***, validity=" + validity + "]";
        }
    }

    /**
     * To a user whose forgotten-password request matched (spec §2.4).
     *
     * @param login             the account's login
     * @param temporaryPassword the single-use password to change at next login
     * @param validity          how long that password is valid
     */
    record MotDePasseOublie(String login, String temporaryPassword, Duration validity) implements MailParameters {

        public MotDePasseOublie {
            requireText(login, "login");
            requireText(temporaryPassword, "temporaryPassword");
            requirePositive(validity);
        }

        @Override
        public String toString() {
            return "MotDePasseOublie[login=" + login + ", temporaryPassword=***, validity=" + validity + "]";
        }
    }

    /**
     * To a user whose account changed in a way that matters for security: what, when, and what to do if it was not them.
     *
     * @param login     the account's login
     * @param change    what changed
     * @param changedAt when
     */
    record NotificationSecurite(String login, SecurityChange change, Instant changedAt) implements MailParameters {

        public NotificationSecurite {
            requireText(login, "login");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(changedAt, "changedAt");
        }
    }

    /**
     * To the portal's functional assistance, from the contact form « Nous contacter » (spec §2.4).
     *
     * @param senderName  the name the sender typed
     * @param senderEmail the address the sender typed, to answer to
     * @param subject     one line
     * @param message     the message, line breaks kept
     * @param account     the login of the sender when logged in, empty for a visitor
     * @param sentAt      when
     */
    record Contact(String senderName, String senderEmail, String subject, String message, Optional<String> account,
            Instant sentAt, Optional<ContactDetails> details) implements MailParameters {

        /** A message without the seed's details. */
        public Contact(String senderName, String senderEmail, String subject, String message,
                Optional<String> account, Instant sentAt) {
            this(senderName, senderEmail, subject, message, account, sentAt, Optional.empty());
        }

        public Contact {
            requireText(senderName, "senderName");
            requireText(senderEmail, "senderEmail");
            requireText(subject, "subject");
            if (subject.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("subject must be one line");
            }
            requireText(message, "message");
            Objects.requireNonNull(account, "account").ifPresent(value -> requireText(value, "account"));
            Objects.requireNonNull(sentAt, "sentAt");
            Objects.requireNonNull(details, "details");
        }
    }

    /**
     * To a user whose partner's administrator asked the portal to remind them of their login (spec §7,
     * « Renvoi de l'identifiant »). It carries no password.
     *
     * @param login       the account's login
     * @param partnerName the partner the account belongs to
     */
    record RenvoiIdentifiant(String login, String partnerName) implements MailParameters {

        public RenvoiIdentifiant {
            requireText(login, "login");
            requireText(partnerName, "partnerName");
        }
    }

    /**
     * To the NEW address a user asked for (« Modifier mon adresse mail »): the single-use link that confirms
     * it. The token is a secret: {@code toString()} hides it.
     *
     * @param login    the account's login
     * @param token    the confirmation token (URL-safe)
     * @param validity how long the link is valid (e.g. 24 h)
     */
    record ChangementAdresseMail(String login, String token, Duration validity) implements MailParameters {

        public ChangementAdresseMail {
            requireText(login, "login");
            requireText(token, "token");
            requirePositive(validity);
        }

        @Override
        public String toString() {
            return "ChangementAdresseMail[login=" + login + ", token=***, validity=" + validity + "]";
        }
    }

    /**
     * To the CAF, when a partner names an approver (spec §6.4): every change of approver is a new request.
     *
     * @param partnerName the partner
     * @param convention  the AFAS convention's libellé
     * @param approver    the approver, « Garban Gilles »
     * @param identifier  the approver's identifier
     * @param activities  the activities they approve for
     * @param startDate   « à partir du »
     */
    record DemandeValidationApprobateur(String partnerName, String convention, String approver, String identifier,
            java.util.List<String> activities, java.time.LocalDate startDate) implements MailParameters {

        public DemandeValidationApprobateur {
            requireText(partnerName, "partnerName");
            requireText(convention, "convention");
            requireText(approver, "approver");
            requireText(identifier, "identifier");
            activities = java.util.List.copyOf(activities);
            if (activities.isEmpty()) {
                throw new IllegalArgumentException("An approver approves for at least one activity");
            }
            activities.forEach(activity -> requireText(activity, "activity"));
            Objects.requireNonNull(startDate, "startDate");
        }
    }

    /**
     * To the approver, once the CAF validated them: the call for the declaration deadline (« appel d'échéance de
     * déclaration »).
     *
     * @param partnerName the partner
     * @param caf         the CAF (its libellé, « Caf 132 »)
     * @param approver    the approver, « Garban Gilles »
     * @param activities  the activities to declare for
     * @param deadline    the declaration deadline
     */
    record AppelEcheanceDeclaration(String partnerName, String caf, String approver, java.util.List<String> activities,
            java.time.LocalDate deadline) implements MailParameters {

        public AppelEcheanceDeclaration {
            requireText(partnerName, "partnerName");
            requireText(caf, "caf");
            requireText(approver, "approver");
            activities = java.util.List.copyOf(activities);
            activities.forEach(activity -> requireText(activity, "activity"));
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** The account changes a security notification reports. */
    enum SecurityChange {
        MOT_DE_PASSE_MODIFIE,
        DROITS_ADMINISTRATEUR_ACCORDES,
        DROITS_ADMINISTRATEUR_RETIRES,
        ADRESSE_MAIL_MODIFIEE,
        /** Someone failed to log in to the account many times from places its owner never used (issue 19). */
        TENTATIVES_DE_CONNEXION
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requirePositive(Duration validity) {
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive, was " + validity);
        }
    }
}
