package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.application.caisse.ManageCaisseAdministrators.CaisseAdministratorView;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.RegimeCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Spec §3.4, a caisse keeps at least one administrator even under concurrency: two administrators of one caisse
 * revoke each other at the same moment, through the real use case in real concurrent transactions, on H2 and on
 * PostgreSQL. Whatever the interleaving, exactly one wins, the other is refused, the caisse keeps one administrator,
 * and the loser's call wrote nothing.
 */
class CaisseAdministratorsRevokingEachOtherIT {

    private static final int ROUNDS = 20;

    @Test
    void on_h2_exactly_one_administrator_remains_in_every_round() {
        try (HikariDataSource h2 = DataSources.h2InMemory("caisse-revocations-" + System.nanoTime())) {
            race(h2);
        }
    }

    @Test
    void on_postgresql_exactly_one_administrator_remains_in_every_round() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            race(postgres.getPostgresDatabase());
        }
    }

    private static Principal administrator(Portal portal, Caisse caisse, String login) {
        UserId id = UserId.random();
        portal.infra().accounts().addCaisseAdministrator(new Accounts.CaisseAdministrator(id, caisse.code(),
                Login.of(login), LastName.of("MARTIN"), FirstName.of("Claire"),
                EmailAddress.of(login.toLowerCase() + "@msa.example")));
        return new Principal.CaisseAdministrator(id, caisse.code(),
                new Principal.Session("session-" + login, "csrf-" + login, false, false));
    }

    private static void race(DataSource dataSource) {
        Map<String, Integer> losers = new TreeMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Portal portal = Portal.builder().dataSource(dataSource).backgroundJobs(false).build()) {
            List<Caisse> caisses = portal.infra().referenceData().caissesOf(RegimeCode.of("MSA"));
            for (int round = 1; round <= ROUNDS; round++) {
                Caisse caisse = caisses.get(round);
                Principal first = administrator(portal, caisse, "Msa" + round + "a");
                Principal second = administrator(portal, caisse, "Msa" + round + "b");
                CyclicBarrier start = new CyclicBarrier(2);
                var staff = portal.caisse().administrators();
                Future<Outcome<List<CaisseAdministratorView>>> byFirst = threads.submit(() -> {
                    start.await();
                    return staff.revoke(first, second.user(), "10.0.0.1");
                });
                Future<Outcome<List<CaisseAdministratorView>>> bySecond = threads.submit(() -> {
                    start.await();
                    return staff.revoke(second, first.user(), "10.0.0.2");
                });
                var a = byFirst.get(60, TimeUnit.SECONDS);
                var b = bySecond.get(60, TimeUnit.SECONDS);

                assertThat(a instanceof Outcome.Done<?> ^ b instanceof Outcome.Done<?>)
                        .as("round %d: exactly one wins (%s / %s)", round, a, b).isTrue();
                var lost = a instanceof Outcome.Done<?> ? b : a;
                losers.merge(((Outcome.Refused<?>) lost).reason().name(), 1, Integer::sum);
                assertThat(portal.infra().accounts().caisseAdministrators(caisse.code())).as("round %d", round)
                        .isEqualTo(1);
                assertThat(portal.infra().database().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION
                        .eq(AuditAction.USER_DELETED.code()).and(AUDIT_EVENT.SCOPE.eq(caisse.code().value()))))
                        .isEqualTo(1);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            threads.shutdownNow();
        }
        System.out.println("Caisse revocations lost, by reason, over " + ROUNDS + " rounds: " + losers);
    }
}
