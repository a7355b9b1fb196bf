package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.testing.InMemoryLoginAttempts;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryLoginAttemptsTest extends LoginAttemptsContract {

    private InMemoryLoginAttempts attempts;

    @Override
    protected LoginAttempts emptyLoginAttempts() {
        attempts = new InMemoryLoginAttempts();
        return attempts;
    }

    @Override
    protected int storedKeys() {
        return attempts.states.size();
    }
}
