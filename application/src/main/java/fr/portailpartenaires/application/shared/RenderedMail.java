package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;

/**
 * A mail written out from its template, ready to be put in the outbox.
 *
 * @param template the template it was written from
 * @param subject  the subject line (one line)
 * @param textBody the plain-text part
 * @param htmlBody the HTML part, every inserted value escaped
 */
public record RenderedMail(MailTemplate template, String subject, String textBody, String htmlBody) {

    public RenderedMail {
        Components.required(RenderedMail.class, template, subject, textBody, htmlBody);
    }
}
