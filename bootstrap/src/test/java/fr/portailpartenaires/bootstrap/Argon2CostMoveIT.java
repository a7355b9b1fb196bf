package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.persistence.account.Argon2idPasswordHasher.Argon2Parameters;
import fr.portailpartenaires.application.shared.Outcome;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The move of ADR 0020, on a real database (H2) with the real hasher: accounts hashed by a portal running OWASP's
 * m=19 MiB, t=2 (the cost before the move) log in to a portal running {@link Argon2Parameters#DEFAULT}; their first
 * login stores a hash of the new cost, and later logins verify it without hashing again.
 */
class Argon2CostMoveIT {

    private static final String LOGIN = DemoData.PARTNER_ADMIN.login();
    private static final String PASSWORD = DemoData.PARTNER_ADMIN.password();

    private HikariDataSource h2;

    @BeforeEach
    void accountsHashedBeforeTheMove() {
        h2 = DataSources.h2InMemory("argon2-move-" + System.nanoTime());
        try (Portal before = Portal.builder().dataSource(h2).backgroundJobs(false)
                .argon2(Argon2Parameters.OWASP_MINIMUM).build()) {
            DemoData.load(before, Clock.systemUTC());
            assertThat(storedHash(before)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        }
    }

    @AfterEach
    void close() {
        h2.close();
    }

    @Test
    void an_old_hash_keeps_working_and_is_upgraded_once_at_the_first_login_after_the_move() {
        CountingPasswordHasher[] hasher = new CountingPasswordHasher[1];
        try (Portal after = Portal.builder().dataSource(h2).backgroundJobs(false)
                .hasherDecorator(real -> hasher[0] = new CountingPasswordHasher(real)).build()) {
            String old = storedHash(after);

            assertThat(login(after)).isInstanceOf(Outcome.Done.class);
            String upgraded = storedHash(after);
            assertThat(upgraded).isNotEqualTo(old).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");
            assertThat(hasher[0].costlyCalls()).as("one verification of the old hash, one new hash").isEqualTo(2);

            assertThat(login(after)).isInstanceOf(Outcome.Done.class);
            assertThat(login(after)).isInstanceOf(Outcome.Done.class);
            assertThat(storedHash(after)).as("upgraded once: later logins keep it").isEqualTo(upgraded);
            assertThat(hasher[0].costlyCalls()).as("then one verification per login").isEqualTo(4);
            assertThat(login(after, "wrong password")).isInstanceOf(Outcome.Refused.class);
        }
    }

    private static Outcome<?> login(Portal portal) {
        return login(portal, PASSWORD);
    }

    private static Outcome<?> login(Portal portal, String password) {
        return portal.account().authenticate().login(LOGIN, password, "127.0.0.1");
    }

    private static String storedHash(Portal portal) {
        return portal.infra().accounts().findByLogin(LOGIN.toLowerCase(Locale.ROOT)).orElseThrow().passwordHash()
                .orElseThrow();
    }
}
