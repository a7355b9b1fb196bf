package fr.portailpartenaires.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    private record FixedProbe(String name, boolean isUp) implements HealthProbe {
    }

    @Test
    void the_portal_is_ready_when_every_probe_answers() {
        var health = new HealthService(List.of(new FixedProbe("database", true), new FixedProbe("smtp", true))).check();
        assertThat(health.ready()).isTrue();
        assertThat(health.checks()).containsExactlyInAnyOrderEntriesOf(Map.of("database", true, "smtp", true));
    }

    @Test
    void the_portal_is_not_ready_when_one_probe_fails() {
        var health = new HealthService(List.of(new FixedProbe("database", false), new FixedProbe("smtp", true))).check();
        assertThat(health.ready()).isFalse();
        assertThat(health.checks()).containsEntry("database", false);
    }
}
