package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.contact.ContactMessages;
import java.util.ArrayList;
import java.util.List;

/** {@link ContactMessages} in a list, for the tests of the contact form. */
public final class InMemoryContactMessages implements ContactMessages {

    private final List<ContactMessage> messages = new ArrayList<>();

    @Override
    public synchronized void add(ContactMessage message) {
        messages.add(message);
    }

    @Override
    public synchronized List<ContactMessage> recent(int limit) {
        return messages.reversed().stream().limit(limit).toList();
    }
}
