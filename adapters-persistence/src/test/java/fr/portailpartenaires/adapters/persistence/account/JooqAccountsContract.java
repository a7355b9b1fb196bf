package fr.portailpartenaires.adapters.persistence.account;

import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CLOCK;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.Accounts.CaisseAdministrator;
import fr.portailpartenaires.application.shared.Accounts.Credentials;
import fr.portailpartenaires.application.shared.Accounts.Kind;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.user.Login;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** {@link AccountsContract} in the account table: its columns, and its unique login key. */
abstract class JooqAccountsContract extends AccountsContract {

    protected abstract Database database();

    @Override
    protected void clear() {
        Fixtures.clear(database());
    }

    @Override
    protected Accounts accounts() {
        return new JooqAccounts(database(), CLOCK);
    }

    @Override
    protected Partners partners() {
        return new JooqPartners(database(), CLOCK);
    }

    @Test
    void are_stored_without_password_and_found_by_id_and_by_login_key() {
        CaisseAdministrator administrator = carsatAdministrator("NadiaL");

        accounts.addCaisseAdministrator(administrator);

        Credentials expected = new Credentials(administrator.id(), Login.of("NadiaL"), Kind.CAISSE_ADMIN,
                Optional.empty(), Optional.of(CARSAT_NORD_PICARDIE.code()), administrator.email(),
                Optional.empty(), Optional.empty(), false, Optional.empty());
        assertThat(accounts.find(administrator.id())).contains(expected);
        assertThat(accounts.findByLogin("nadial")).contains(expected);
        var row = database().dsl().fetchSingle(ACCOUNT, ACCOUNT.ID.eq(administrator.id().value()));
        assertThat(row.getAdministrator()).isTrue();
        assertThat(row.getLastName()).isEqualTo("LEFEBVRE");
        assertThat(row.getFirstName()).isEqualTo("Nadia");
        assertThat(row.getCreatedAt().toInstant()).isEqualTo(NOW);
    }

    @Test
    void the_database_refuses_a_caisse_administrator_with_the_login_of_a_partner_user() {
        Fixtures.store(partners, accounts, Fixtures.cielBleu());

        assertThatThrownBy(() -> accounts.addCaisseAdministrator(carsatAdministrator("ALEX7")))
                .isInstanceOf(DataAccessException.class);
        assertThat(database().dsl().fetchCount(ACCOUNT)).isEqualTo(1);
    }
}
