package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The service as the README's run command starts it: embedded H2 file database, real HTTP; or on PostgreSQL. */
class PortalServerIT {

    /** Started by the test that uses it only. */
    @RegisterExtension
    final PortalExtension onPostgres = PortalExtension.onPostgres().demoData(true).build();

    @Test
    void the_service_starts_on_an_embedded_h2_file_database_and_answers_health(@TempDir Path dataDir) throws Exception {
        var config = PortalConfig.from(Map.of("PORTAIL_HTTP_PORT", "0", "PORTAIL_DATA_DIR", dataDir.toString()));
        try (PortalServer server = PortalServer.start(config)) {
            var response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"UP\"", "\"database\":true");
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("portail.mv.db");
        }
    }

    @Test
    void the_service_migrates_a_fresh_postgresql_database_and_serves_the_demo_data() {
        var health = onPostgres.client().get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.raw()).contains("\"status\":\"UP\"", "\"database\":true");

        var alex = onPostgres.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
        assertThat(alex.get("/api/partenaire").text("nom")).isEqualTo("Association Ciel Bleu");
    }
}
