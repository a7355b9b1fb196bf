package fr.portailpartenaires.application.mail;

import fr.portailpartenaires.application.shared.OutgoingMail;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A mail server for tests: it acknowledges mails and keeps them, unless it is down or refuses a
 * given recipient, in which case it does not acknowledge (throws {@link MailDeliveryException}).
 */
public final class FakeMailServer implements MailSender {

    private final List<OutgoingMail> delivered = new ArrayList<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private final Set<String> refusedRecipients = new HashSet<>();
    private boolean down;
    private int calls;

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    public void refuse(String recipient) {
        refusedRecipients.add(recipient);
    }

    @Override
    public void send(OutgoingMail mail) {
        calls++;
        if (down) {
            throw new MailDeliveryException("Serveur SMTP injoignable : connexion refusée", null);
        }
        if (refusedRecipients.contains(mail.recipient())) {
            throw new MailDeliveryException("550 destinataire refusé", null);
        }
        delivered.add(mail);
    }

    @Override
    public void send(OutgoingMail mail, Attempt attempt) {
        attempts.add(attempt);
        send(mail);
    }

    /** The outbox job's attempts (Message-ID, possible duplicate), acknowledged or not, in order. */
    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    public List<OutgoingMail> delivered() {
        return List.copyOf(delivered);
    }

    /** Every call to {@link #send}, acknowledged or not. */
    public int calls() {
        return calls;
    }
}
