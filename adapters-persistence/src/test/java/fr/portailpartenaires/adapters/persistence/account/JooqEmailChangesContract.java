package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.application.shared.Accounts;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.account.EmailChanges;
import fr.portailpartenaires.application.account.EmailChanges.Pending;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.UserId;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** {@link EmailChangesContract} on a database, whose foreign key ties a request to its account. */
abstract class JooqEmailChangesContract extends EmailChangesContract {

    protected abstract Database database();

    @Override
    protected void clear() {
        Fixtures.clear(database());
    }

    @Override
    protected Partners partners() {
        return new JooqPartners(database(), Fixtures.CLOCK);
    }

    @Override
    protected Accounts accounts() {
        return new JooqAccounts(database(), Fixtures.CLOCK);
    }

    @Override
    protected EmailChanges emailChanges() {
        return new JooqEmailChanges(database());
    }

    @Test
    void a_request_belongs_to_an_existing_account_and_goes_with_it() {
        assertThatThrownBy(() -> changes.replace(new Pending("c".repeat(64), UserId.random(),
                EmailAddress.of("x@y.fr"), NOW, NOW.plusSeconds(60)))).isInstanceOf(DataAccessException.class);
        changes.replace(pending("a".repeat(64), "alex7@nouveau.fr"));

        Fixtures.clear(database());

        assertThat(changes.findByTokenHash("a".repeat(64))).isEmpty();
    }
}
