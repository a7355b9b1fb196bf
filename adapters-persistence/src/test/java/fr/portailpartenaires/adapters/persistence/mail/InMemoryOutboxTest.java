package fr.portailpartenaires.adapters.persistence.mail;

import fr.portailpartenaires.application.mail.InMemoryOutbox;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.application.testing.DirectTransactions;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryOutboxTest extends OutboxContract {

    @Override
    protected Outbox emptyOutbox() {
        return new InMemoryOutbox();
    }

    @Override
    protected Transactions transactions() {
        return new DirectTransactions();
    }
}
