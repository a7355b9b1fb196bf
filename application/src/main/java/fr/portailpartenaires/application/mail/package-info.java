/**
 * What the use cases say about mails, as values: the template keys and their typed parameters,
 * a rendered mail, the outbox's statuses and log entries, and the retry policy of the sending job.
 */
package fr.portailpartenaires.application.mail;
