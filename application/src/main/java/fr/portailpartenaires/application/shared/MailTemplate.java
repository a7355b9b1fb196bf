package fr.portailpartenaires.application.shared;

/** The key of each mail the portal sends (spec §7), stored in the outbox and shown in the operator's mail log. */
public enum MailTemplate {
    VALIDATION_PREINSCRIPTION,
    INVALIDATION_PREINSCRIPTION,
    VALIDATION_CONVENTION,
    INVALIDATION_CONVENTION,
    CREATION_COMPTE,
    MOT_DE_PASSE_OUBLIE,
    NOTIFICATION_SECURITE,
    CONTACT,
    RENVOI_IDENTIFIANT,
    CHANGEMENT_ADRESSE_MAIL,
    DEMANDE_VALIDATION_APPROBATEUR,
    APPEL_ECHEANCE_DECLARATION
}
