package fr.portailpartenaires.application.shared;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** The SMTP server acknowledged it (or, without SMTP, it was written to the log). */
    SENT,
    /** Every attempt failed; nobody will try again. */
    FAILED
}
