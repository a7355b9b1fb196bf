package fr.portailpartenaires.bootstrap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The mails the running portal sent to its SMTP server (GreenMail), as their recipients read them; waits up to 20 s. */
final class Mailbox {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final GreenMail smtp;

    Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    /** Every mail received so far. */
    MimeMessage[] received() {
        return smtp.getReceivedMessages();
    }

    /** The first mail to the recipient. */
    MimeMessage awaitMailTo(String recipient) throws Exception {
        long deadline = deadline();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : received()) {
                if (recipients(message).contains(recipient)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail reached " + recipient);
    }

    /** The first mail to the recipient with this exact subject. */
    MimeMessage awaitMail(String recipient, String subject) throws Exception {
        long deadline = deadline();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : received()) {
                if (recipients(message).contains(recipient) && subject.equals(message.getSubject())) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail « " + subject + " » reached " + recipient);
    }

    /** The first mail to the recipient with this exact subject whose text holds the fragment. */
    MimeMessage awaitMail(String recipient, String subject, String fragment) throws Exception {
        long deadline = deadline();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : received()) {
                if (recipients(message).contains(recipient)
                        && subject.equals(message.getSubject()) && MailText.textPart(message).contains(fragment)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail « " + subject + " » saying « " + fragment + " » reached " + recipient);
    }

    /** The mails with this exact subject, once there are {@code count} of them — or as many as came in 20 s. */
    List<MimeMessage> awaitMails(String subject, int count) throws Exception {
        long deadline = deadline();
        while (true) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage message : received()) {
                if (subject.equals(message.getSubject())) {
                    found.add(message);
                }
            }
            if (found.size() >= count || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(100);
        }
    }

    /** The recipients of a mail, as one comma-separated text. */
    static String recipients(MimeMessage message) throws Exception {
        return GreenMailUtil.getAddressList(message.getAllRecipients());
    }

    private static long deadline() {
        return System.nanoTime() + PATIENCE.toNanos();
    }
}
