package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code PORTAIL_METRICS_TOKEN}: absent by default (no metrics over HTTP), refused when guessable. */
class MetricsTokenConfigTest {

    @Test
    void metrics_are_off_unless_a_token_is_configured() {
        assertThat(PortalConfig.from(Map.of()).metricsToken()).isEmpty();
        String token = "0123456789abcdef0123456789abcdef";
        assertThat(PortalConfig.from(Map.of("PORTAIL_METRICS_TOKEN", token)).metricsToken()).contains(token);
    }

    @Test
    void a_short_token_or_one_with_spaces_is_refused_at_start() {
        assertThatThrownBy(() -> PortalConfig.from(Map.of("PORTAIL_METRICS_TOKEN", "secret")))
                .hasMessageContaining("PORTAIL_METRICS_TOKEN");
        assertThatThrownBy(() -> PortalConfig.from(Map.of("PORTAIL_METRICS_TOKEN", "0123456789abcdef 0123456789abcdef")))
                .hasMessageContaining("PORTAIL_METRICS_TOKEN");
    }
}
