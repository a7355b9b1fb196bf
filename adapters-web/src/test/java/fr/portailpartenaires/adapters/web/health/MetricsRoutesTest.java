package fr.portailpartenaires.adapters.web.health;

import java.util.List;
import fr.portailpartenaires.adapters.web.Anonymous;
import fr.portailpartenaires.adapters.web.PortalApp;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.health.CheckHealth;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} answers only a scraper holding the configured token, and does not exist without one. */
class MetricsRoutesTest {

    private static final String TOKEN = "s3cr3t-token-for-the-prometheus-scraper";
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;

    private void start(MetricsEndpoint metrics) {
        CheckHealth health = () -> new CheckHealth.Health(true, Map.of("database", true));
        app = PortalApp.create(Anonymous.sessions(), List.of(new HealthRoutes(health), new MetricsRoutes(metrics)))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/metrics"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void without_a_configured_token_there_are_no_metrics_over_http() throws Exception {
        start(MetricsEndpoint.disabled());
        assertThat(get("Bearer ").statusCode()).isEqualTo(404);
    }

    @Test
    void a_scraper_without_the_token_is_refused_and_one_with_it_reads_the_prometheus_text() throws Exception {
        start(new MetricsEndpoint(Optional.of(TOKEN), () -> "portail_jobs_run_total 3.0\n"));
        assertThat(get(null).statusCode()).isEqualTo(401);
        assertThat(get("Bearer wrong").statusCode()).isEqualTo(401);
        var answer = get("Bearer " + TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("portail_jobs_run_total 3.0\n");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain; version=0.0.4"));
    }
}
