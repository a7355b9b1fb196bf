package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;

/**
 * A mail of the outbox with its bodies: what a user trying the embedded demo reads instead of an inbox.
 *
 * @param entry    its log line (recipient, template, status…)
 * @param textBody the plain-text part
 * @param htmlBody the HTML part
 */
public record StoredMail(MailLogEntry entry, String textBody, String htmlBody) {

    public StoredMail {
        Components.required(StoredMail.class, entry, textBody, htmlBody);
    }
}
