/**
 * Sending the mail outbox: the dispatcher that hands due mails to the {@link fr.portailpartenaires.application.mail.MailSender}
 * with retries, and the mail log. Features put their mails in the outbox through {@code shared.Outbox}.
 */
package fr.portailpartenaires.application.mail;
