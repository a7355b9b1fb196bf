package fr.portailpartenaires.adapters.persistence.contact;

import fr.portailpartenaires.application.contact.ContactMessages;
import fr.portailpartenaires.application.testing.InMemoryContactMessages;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryContactMessagesTest extends ContactMessagesContract {

    private ContactMessages messages;

    @Override
    protected void clear() {
        messages = new InMemoryContactMessages();
    }

    @Override
    protected ContactMessages contactMessages() {
        return messages;
    }
}
