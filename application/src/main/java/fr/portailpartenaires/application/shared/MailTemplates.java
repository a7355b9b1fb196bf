package fr.portailpartenaires.application.shared;


/**
 * The texts of the mails: French subject, plain text and HTML for each template, filled with its
 * typed parameters. What a mail says is a product decision, so the use cases choose the template
 * and its values here; the wording and layout live in the mail adapter.
 */
public interface MailTemplates {

    /** Writes the mail the parameters choose, every inserted value escaped in the HTML part. */
    RenderedMail render(MailParameters parameters);
}
