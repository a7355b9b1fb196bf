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
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real server on a random port, called with a real HTTP client. */
class HealthRoutesTest {

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        CheckHealth health = () -> new CheckHealth.Health(databaseUp.get(), Map.of("database", databaseUp.get()));
        app = PortalApp.create(Anonymous.sessions(), List.of(new HealthRoutes(health))).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_answers_up_with_its_checks_when_the_database_answers() throws Exception {
        var response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"database\":true");
    }

    @Test
    void health_answers_503_when_the_database_does_not() throws Exception {
        databaseUp.set(false);
        var response = get("/health");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"DOWN\"").contains("\"database\":false");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_path_is_a_french_problem_json() throws Exception {
        var response = get("/nulle-part");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("La ressource demandée n'existe pas.");
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        var response = get("/health");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
    }
}
