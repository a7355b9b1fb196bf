/**
 * Mail adapter: the French texts of every mail ({@link fr.portailpartenaires.adapters.mail.FrenchMailTemplates}),
 * sending over SMTP with Simple Java Mail ({@link fr.portailpartenaires.adapters.mail.SimpleJavaMailSender}), and
 * the embedded demo's sender that writes mails to the log ({@link fr.portailpartenaires.adapters.mail.LoggingMailSender}).
 */
package fr.portailpartenaires.adapters.mail;
