package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.health.MetricsEndpoint;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published OpenAPI document describes exactly the routes the server has (every feature's), and the browsable UI is served. */
class OpenApiDocumentTest {

    private static final Set<String> DOCUMENTATION_ROUTES = Set.of(
            "GET /openapi.json", "GET /api-docs", "GET /api-docs/init.js", "GET /api-docs/{file}",
            // the pages' CSS and JavaScript (ADR 0013), not part of the API
            "GET /assets/{file}");

    private final Set<String> routes = new TreeSet<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;
    private HikariDataSource dataSource;
    private Portal portal;

    @BeforeEach
    void start() {
        dataSource = DataSources.h2InMemory("openapi");
        portal = Portal.builder().dataSource(dataSource).backgroundJobs(false).build();
        SessionCookie sessions = new SessionCookie(portal.account().authenticate());
        app = PortalApp.create(sessions, new PortalWeb(portal).routes(sessions, new MetricsEndpoint(Optional.empty(), () -> "")), route -> {
            if (route.getHttpMethod().isHttpMethod()) {
                routes.add(route.getHttpMethod().name() + " " + route.getPath());
            }
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        portal.close();
        dataSource.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_route_is_documented_and_every_documented_operation_exists() throws Exception {
        var response = get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = new ObjectMapper().readTree(response.body());
        Set<String> documented = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> documented.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        Set<String> served = new TreeSet<>(routes);
        served.removeAll(DOCUMENTATION_ROUTES);
        assertThat(served).isNotEmpty();
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void the_browsable_ui_is_served_from_the_webjar_without_any_cdn() throws Exception {
        var page = get("/api-docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/api-docs/swagger-ui-bundle.js").doesNotContain("https://");
        assertThat(get("/api-docs/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        assertThat(get("/api-docs/logback.xml").statusCode()).isEqualTo(404);
        assertThat(get("/api-docs/..%2F..%2Fopenapi.json").statusCode()).isBetween(400, 404);
    }
}
