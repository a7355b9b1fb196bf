package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demonstration's clock (spec §3.5): on the demo portal a caisse administrator moves the portal's time forward
 * to show its time rules, the configuration may start it ahead; on a portal that is no demonstration it never moves.
 */
class DemoClockIT {

    @RegisterExtension
    final PortalExtension demo = PortalExtension.onH2().setting("PORTAIL_DEMO_AVANCE_JOURS", "10").build();

    @RegisterExtension
    final PortalExtension production = PortalExtension.onPostgres().build();

    @Test
    void on_the_demo_portal_a_caisse_administrator_moves_the_time_forward_and_nobody_else_may() {
        var carsat = demo.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        var alex = demo.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
        assertThat(carsat.get("/api/caisse/demo/horloge").body().path("joursDAvance").asInt()).isEqualTo(10);

        var moved = carsat.post("/api/caisse/demo/horloge", Map.of("jours", 61));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.body().path("joursDAvance").asInt()).isEqualTo(71);
        Instant portalNow = demo.portal().infra().clock().instant();
        assertThat(Duration.between(Instant.now(), portalNow).toDays()).isBetween(70L, 71L);
        assertThat(carsat.get("/api/caisse/demo/horloge").status()).as("61 days later every session has expired")
                .isEqualTo(401);
        assertThat(alex.get("/api/partenaire").status()).isEqualTo(401);
        carsat = demo.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        alex = demo.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
        assertThat(carsat.post("/api/caisse/demo/horloge", Map.of("jours", 0)).status()).isEqualTo(400);
        assertThat(alex.post("/api/caisse/demo/horloge", Map.of("jours", 1)).status()).isEqualTo(403);
        assertThat(demo.client().post("/api/caisse/demo/horloge", Map.of("jours", 1)).status()).isEqualTo(401);
        assertThat(carsat.get("/api/caisse/demo/horloge").body().path("joursDAvance").asInt()).isEqualTo(71);
    }

    @Test
    void a_portal_that_is_no_demonstration_keeps_the_real_time_and_refuses_a_start_ahead() {
        var nadia = new fr.portailpartenaires.application.shared.Principal.CaisseAdministrator(
                fr.portailpartenaires.domain.user.UserId.random(),
                fr.portailpartenaires.domain.reference.CaisseCode.of("CARSAT-NORD-PICARDIE"),
                new fr.portailpartenaires.application.shared.Principal.Session("s", "c", false, false));
        var refused = production.portal().demo().clock().advance(nadia, 1, "10.0.0.1");
        assertThat(refused).isInstanceOf(fr.portailpartenaires.application.shared.Outcome.Refused.class);
        assertThat(Duration.between(Instant.now(), production.portal().infra().clock().instant()).abs())
                .isLessThan(Duration.ofMinutes(1));

        var problem = org.assertj.core.api.Assertions.catchThrowable(() -> PortalConfig.from(Map.of(
                "PORTAIL_DB_URL", "jdbc:postgresql://localhost/portail", "PORTAIL_DB_USER", "portail",
                "PORTAIL_DEMO_AVANCE_JOURS", "3")));
        assertThat(problem).isInstanceOf(PortalConfig.InvalidConfigurationException.class)
                .hasMessageContaining("PORTAIL_DEMO_AVANCE_JOURS n'est permis qu'en mode démonstration");
    }
}
