package fr.portailpartenaires.bootstrap;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** Reads a received mail as a person would: its plain-text part (the mails are text + HTML). */
final class MailText {

    private MailText() {
    }

    static String textPart(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            return firstText(multipart);
        }
        return content.toString();
    }

    private static String firstText(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart nested) {
                String text = firstText(nested);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
