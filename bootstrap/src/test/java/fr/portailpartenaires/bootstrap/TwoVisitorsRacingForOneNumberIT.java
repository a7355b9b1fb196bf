package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.SignedConventionNumber;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Spec §3.4 under concurrency, over HTTP on a real PostgreSQL: two visitors register at the same moment with the
 * same signed convention number; in every round exactly one registration is taken, the other is refused, and the
 * caisse sees one pending registration for that number. And a visitor registering while a partner's administrator asks
 * for a convention under the same number ("Créer convention"): the two tables are different, the signed number's row
 * makes them take turns, and exactly one of the two holds the number.
 */
class TwoVisitorsRacingForOneNumberIT {

    private static final int ROUNDS = 10;
    private static final CaisseCode CARSAT = CaisseCode.of("CARSAT-NORD-PICARDIE");

    @RegisterExtension
    final PortalExtension server = PortalExtension.onPostgres().demoData(true).build();

    @Test
    void exactly_one_of_two_simultaneous_registrations_with_one_number_is_taken() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String code = "6273990" + round % 10 + "R" + round;
                server.portal().infra().referenceData().addSignedNumber(SignedConventionNumber.of(CARSAT,
                        ConventionCode.of(code), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE,
                        PartnerName.of("Ergothérapie"),
                        LocalDate.of(2025, 1, 1), Optional.empty()).orElseThrow());
                var first = server.client();
                var second = server.client();
                var firstForm = RegistrationForms.ergotherapeute(server, first, "Ergo" + round + "a", code,
                        "PRESTATAIRE_ERGOTHERAPEUTE", "Ergothérapie " + "Ergo" + round + "a");
                var secondForm = RegistrationForms.ergotherapeute(server, second, "Ergo" + round + "b", code,
                        "PRESTATAIRE_ERGOTHERAPEUTE", "Ergothérapie " + "Ergo" + round + "b");
                CyclicBarrier start = new CyclicBarrier(2);
                Future<PortalClient.Answer> a = threads.submit(() -> {
                    start.await();
                    return first.post("/api/inscriptions", firstForm);
                });
                Future<PortalClient.Answer> b = threads.submit(() -> {
                    start.await();
                    return second.post("/api/inscriptions", secondForm);
                });
                List<Integer> statuses = List.of(a.get(60, TimeUnit.SECONDS).status(),
                        b.get(60, TimeUnit.SECONDS).status());
                assertThat(statuses).as("round %d", round).containsOnlyOnce(201);
                assertThat(statuses.stream().filter(status -> status != 201).findFirst().orElseThrow())
                        .as("round %d: the other is refused", round).isIn(400, 409);
                assertThat(server.portal().infra().database().dsl().fetchCount(
                        fr.portailpartenaires.adapters.persistence.jooq.Tables.REGISTRATION,
                        fr.portailpartenaires.adapters.persistence.jooq.Tables.REGISTRATION.CONVENTION_CODE.eq(code)))
                        .as("round %d", round).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_registration_and_a_partners_request_for_one_number_at_once_exactly_one_holds_it() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            var alex = server.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
            for (int round = 1; round <= ROUNDS; round++) {
                String code = "CB" + round + "R" + round;
                server.portal().infra().referenceData().addSignedNumber(SignedConventionNumber.of(CARSAT,
                        ConventionCode.of(code), PartnerType.STRUCTURE_EVALUATION, PartnerName.of("Association"),
                        LocalDate.of(2025, 1, 1), Optional.empty()).orElseThrow());
                var visitor = server.client();
                var registration = RegistrationForms.ergotherapeute(server, visitor, "Visiteur" + round, code,
                        "STRUCTURE_EVALUATION", "Association Visiteur " + round);
                var request = java.util.Map.of("regime", "CNAV", "caisse", CARSAT.value(), "codeConvention", code,
                        "typePartenaire", "STRUCTURE_EVALUATION");
                CyclicBarrier start = new CyclicBarrier(2);
                Future<PortalClient.Answer> registered = threads.submit(() -> {
                    start.await();
                    return visitor.post("/api/inscriptions", registration);
                });
                Future<PortalClient.Answer> requested = threads.submit(() -> {
                    start.await();
                    return alex.post("/api/partenaire/conventions", request);
                });
                List<Integer> statuses = List.of(registered.get(60, TimeUnit.SECONDS).status(),
                        requested.get(60, TimeUnit.SECONDS).status());
                assertThat(statuses).as("round %d: %s", round, statuses).containsOnlyOnce(201);
                var dsl = server.portal().infra().database().dsl();
                int registrations = dsl.fetchCount(fr.portailpartenaires.adapters.persistence.jooq.Tables.REGISTRATION,
                        fr.portailpartenaires.adapters.persistence.jooq.Tables.REGISTRATION.CONVENTION_CODE.eq(code));
                int conventions = dsl.fetchCount(fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION,
                        fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION.CODE.eq(code));
                assertThat(registrations + conventions).as("round %d: one holder of %s", round, code).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
