package fr.portailpartenaires.application.demo;

import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The demonstration clock moves forward by days, for a caisse administrator, on a demonstration portal only. */
class AdvanceDemoClockTest {

    private final PortalFixture portal = new PortalFixture();

    /** A demonstration time over the fixture's clock. */
    private final DemoTime demo = new DemoTime() {
        private Duration offset = Duration.ZERO;

        @Override
        public boolean adjustable() {
            return true;
        }

        @Override
        public Duration offset() {
            return offset;
        }

        @Override
        public Instant now() {
            return portal.clock.instant().plus(offset);
        }

        @Override
        public void advance(Duration duration) {
            offset = offset.plus(duration);
        }
    };

    @Test
    void a_caisse_administrator_moves_the_demonstration_forward_audited() {
        Principal carsat = portal.caisseAdministrator(InMemoryReferenceData.CARSAT_NORD_PICARDIE, "NadiaL", "Carsat2025");
        var clock = new AdvanceDemoClockService(portal.support, demo);

        var moved = done(clock.advance(carsat, 61, "10.0.0.1"));

        assertThat(moved.joursDAvance()).isEqualTo(61);
        assertThat(moved.maintenant()).isEqualTo(PortalFixture.T0.plus(Duration.ofDays(61)));
        assertThat(done(clock.clock(carsat)).joursDAvance()).isEqualTo(61);
        assertThat(portal.audit.events()).filteredOn(event -> event.action().equals("DEMO_CLOCK_ADVANCED"))
                .singleElement().satisfies(event -> assertThat(event.details()).containsEntry("jours", "61"));
        assertThat(invalid(clock.advance(carsat, 0, "x"))).containsKey("jours");
        assertThat(invalid(clock.advance(carsat, 401, "x"))).containsKey("jours");
        assertThat(invalid(clock.advance(carsat, null, "x"))).containsKey("jours");
        refused(clock.advance(Principal.anonymous(), 1, "x"), Reason.UNAUTHENTICATED);
        assertThat(demo.offset()).isEqualTo(Duration.ofDays(61));
    }

    @Test
    void a_portal_that_is_no_demonstration_refuses_to_move() {
        Principal carsat = portal.caisseAdministrator(InMemoryReferenceData.CARSAT_NORD_PICARDIE, "NadiaL", "Carsat2025");
        var production = new AdvanceDemoClockService(portal.support, DemoTime.fixed(portal.clock));

        assertThat(refused(production.advance(carsat, 1, "x"), Reason.FORBIDDEN).refusal())
                .isEqualTo(AdvanceDemoClockService.NOT_A_DEMONSTRATION);
        assertThat(done(production.clock(carsat)).joursDAvance()).isZero();
        assertThat(portal.audit.events()).noneMatch(event -> event.action().equals("DEMO_CLOCK_ADVANCED"));
    }
}
