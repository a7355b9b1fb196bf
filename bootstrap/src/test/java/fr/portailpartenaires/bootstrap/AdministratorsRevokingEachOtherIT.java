package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AUDIT_EVENT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.application.partner.ManagePartnerUsers.UserView;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.user.UserId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
 * Spec §3.2, invariant 1 under concurrency: two administrators of one partner revoke each other's right
 * at the same moment, through the real use cases in real concurrent transactions, many times over, on H2
 * and on PostgreSQL. Whatever the interleaving, exactly one of them wins, the other is told the partner
 * changed meanwhile (or, if it read after the commit, that it is no longer an administrator), and the
 * partner keeps exactly one administrator; the loser's call wrote nothing: no audit entry, no mail.
 */
class AdministratorsRevokingEachOtherIT {

    private static final int ROUNDS = 50;

    @Test
    void on_h2_exactly_one_administrator_remains_in_every_round() {
        try (HikariDataSource h2 = DataSources.h2InMemory("revocations-" + System.nanoTime())) {
            race(h2);
        }
    }

    @Test
    void on_postgresql_exactly_one_administrator_remains_in_every_round() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            race(postgres.getPostgresDatabase());
        }
    }

    private static void race(DataSource dataSource) {
        Map<String, Integer> losers = new TreeMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Portal portal = Portal.builder().dataSource(dataSource).backgroundJobs(false).build()) {
            for (int round = 1; round <= ROUNDS; round++) {
                PartnerUser alex = PartnerFixtures.user("Alex" + round, "GRIZZI", true);
                PartnerUser solange = PartnerFixtures.user("Solange" + round, "SOLEIL", true);
                Partner partner = PartnerFixtures.store(portal, "Ciel Bleu " + round, alex, solange);
                CyclicBarrier start = new CyclicBarrier(2);

                Future<Outcome<UserView>> alexRevokesSolange = threads.submit(() -> {
                    start.await();
                    return portal.partner().partnerUsers().revokeAdministration(PartnerFixtures.principal(partner, alex.id()),
                            solange.id(), "10.0.0.1");
                });
                Future<Outcome<UserView>> solangeRevokesAlex = threads.submit(() -> {
                    start.await();
                    return portal.partner().partnerUsers().revokeAdministration(PartnerFixtures.principal(partner, solange.id()),
                            alex.id(), "10.0.0.2");
                });
                Outcome<UserView> byAlex = alexRevokesSolange.get(60, TimeUnit.SECONDS);
                Outcome<UserView> bySolange = solangeRevokesAlex.get(60, TimeUnit.SECONDS);

                assertThat(byAlex instanceof Outcome.Done<UserView> ^ bySolange instanceof Outcome.Done<UserView>)
                        .as("round %d: exactly one wins (%s / %s)", round, byAlex, bySolange).isTrue();
                boolean alexWon = byAlex instanceof Outcome.Done<UserView>;
                Outcome<UserView> lost = alexWon ? bySolange : byAlex;
                assertThat(lost).isInstanceOf(Outcome.Refused.class);
                Outcome.Reason reason = ((Outcome.Refused<UserView>) lost).reason();
                assertThat(reason).isIn(Outcome.Reason.CONFLICT, Outcome.Reason.FORBIDDEN);
                losers.merge(reason.name(), 1, Integer::sum);

                UserId winner = alexWon ? alex.id() : solange.id();
                UserId demoted = alexWon ? solange.id() : alex.id();
                assertThat(portal.infra().partners().find(partner.id()).orElseThrow().administrators())
                        .as("round %d", round).extracting(PartnerUser::id).containsExactly(winner);
                var dsl = portal.infra().database().dsl();
                assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(AuditAction.ADMIN_RIGHT_REVOKED.code())
                        .and(AUDIT_EVENT.SCOPE.eq("partner:" + partner.id().value())))).isEqualTo(1);
                assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.TARGET.eq("user:" + demoted.value()))).isEqualTo(1);
                assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.in(
                        alex.email().value(), solange.email().value()))).isEqualTo(1);
            }
            assertThat(portal.auditLog().verifyChain())
                    .isInstanceOf(fr.portailpartenaires.application.shared.AuditLog.Intact.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            threads.shutdownNow();
        }
        System.out.println("Revocations lost, by reason, over " + ROUNDS + " rounds: " + losers);
    }
}
