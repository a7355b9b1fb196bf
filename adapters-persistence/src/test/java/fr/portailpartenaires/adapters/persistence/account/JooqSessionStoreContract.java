package fr.portailpartenaires.adapters.persistence.account;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.WEB_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.convention.JooqConventions;
import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.shared.Session;
import fr.portailpartenaires.application.shared.SessionPolicy;
import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.shared.SessionStore;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link SessionStoreContract} on a database table, which must never hold a raw session id. */
abstract class JooqSessionStoreContract extends SessionStoreContract {

    protected abstract Database database();

    @Override
    protected SessionStore emptySessionStore() {
        database().dsl().deleteFrom(WEB_SESSION).execute();
        return new JooqSessionStore(database());
    }

    @Override
    protected List<String> storedIdHashes() {
        return database().dsl().fetch(WEB_SESSION).getValues(WEB_SESSION.ID_HASH);
    }

    @Override
    protected UUID storedConvention() {
        Fixtures.clear(database());
        var partner = Fixtures.cielBleu();
        Fixtures.store(new JooqPartners(database(), Fixtures.CLOCK), new JooqAccounts(database(), Fixtures.CLOCK),
                partner);
        var convention = new Convention.Validee(new ConventionId(UUID.randomUUID()), partner.id().value(),
                Fixtures.terms(Fixtures.CARSAT_NORD_PICARDIE, Fixtures.CODE_757300), Fixtures.NOW, Fixtures.NOW,
                Optional.empty());
        new JooqConventions(database()).add(convention);
        return convention.id().value();
    }

    @Nested
    class In_the_table {

        @Test
        void the_database_holds_no_raw_session_id() {
            Session session = new LoginSessions(store, SessionPolicy.DEFAULT, new SecureRandom())
                    .open(SubjectKind.PARTNER_USER, "42", "partner-7", false, T0);
            Record row = database().dsl().selectFrom(WEB_SESSION).fetchSingle();
            for (Object value : row.intoArray()) {
                assertThat(String.valueOf(value)).doesNotContain(session.id());
            }
            assertThat(row.get(WEB_SESSION.ID_HASH)).hasSize(64);
        }
    }
}
