package fr.portailpartenaires.application.shared;

/**
 * The well-known codes of the audit trail (spec §8.3: security and business events). The trail
 * stores the code as text, so a use case may also record a code that is not listed here.
 */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    REQUESTS_THROTTLED,
    LOGGED_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    TEMPORARY_PASSWORD_ISSUED,
    TEMPORARY_PASSWORD_USED,
    OWNER_WARNED,
    LOGIN_REMINDER_SENT,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_CHANGED,
    REGISTRATION_SUBMITTED,
    REGISTRATION_VALIDATED,
    REGISTRATION_REJECTED,
    PARTNER_UPDATED,
    PARTNER_ADDRESS_UPDATED,
    USER_CREATED,
    USER_UPDATED,
    USER_DELETED,
    ADMIN_RIGHT_GRANTED,
    ADMIN_RIGHT_REVOKED,
    HABILITATION_GRANTED,
    HABILITATION_REVOKED,
    CONVENTION_VALIDATED,
    TRANSMITTED,
    DOWNLOADED,
    USAGE_RULES_ACCEPTED,
    CONTACT_MESSAGE_SENT,
    AFAS_CONVENTION_CREATED,
    AFAS_GROUPS_CREATED,
    GROUP_MEMBERSHIP_ADDED,
    GROUP_MEMBERSHIP_CLOSED,
    APPROVER_VALIDATION_REQUESTED,
    APPROVER_VALIDATED;

    /** The code stored in the trail: the constant's name, e.g. {@code LOGIN_FAILED}. */
    public String code() {
        return name();
    }
}
