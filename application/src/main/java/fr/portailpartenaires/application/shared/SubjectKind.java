package fr.portailpartenaires.application.shared;

/** Who a session belongs to: a user of a partner, or an administrator of a caisse. */
public enum SubjectKind {
    PARTNER_USER,
    CAISSE_ADMIN
}
