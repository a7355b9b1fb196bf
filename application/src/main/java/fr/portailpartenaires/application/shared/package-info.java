/** What every feature of the application uses: the use-case outcome and the caller (principal), transactions, the audit trail, the mail outbox, the refusal catalogue, form validation, and the stores several features read (accounts, partners, conventions, reference data). */
package fr.portailpartenaires.application.shared;
