package fr.portailpartenaires.adapters.persistence.account;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.LOGIN_ATTEMPT;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.application.shared.LoginAttempts;

/** {@link LoginAttemptsContract} on a database table. */
abstract class JooqLoginAttemptsContract extends LoginAttemptsContract {

    protected abstract Database database();

    @Override
    protected LoginAttempts emptyLoginAttempts() {
        database().dsl().deleteFrom(LOGIN_ATTEMPT).execute();
        return new JooqLoginAttempts(database());
    }

    @Override
    protected int storedKeys() {
        return database().dsl().fetchCount(LOGIN_ATTEMPT);
    }
}
