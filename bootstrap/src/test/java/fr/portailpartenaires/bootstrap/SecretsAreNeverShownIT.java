package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database password, the SMTP password and the metrics token are never shown: not by the configuration's text,
 * not in what the packaged service prints from its start to its stop, not in an error page — not even the page of a
 * failure whose message names them.
 */
class SecretsAreNeverShownIT {

    private static final String DB_PASSWORD = "db-secret-7f3a91";
    private static final String SMTP_PASSWORD = "smtp-secret-c42e08";
    private static final String METRICS_TOKEN = "metrics-secret-5d1b6e-0123456789abcdef";
    private static final List<String> SECRETS = List.of(DB_PASSWORD, SMTP_PASSWORD, METRICS_TOKEN);
    private static final Map<String, String> SETTINGS = Map.of(
            "PORTAIL_DB_PASSWORD", DB_PASSWORD,
            "PORTAIL_SMTP_HOST", "127.0.0.1",
            "PORTAIL_SMTP_PORT", "2525",
            "PORTAIL_SMTP_TRANSPORT", "SMTP",
            "PORTAIL_SMTP_USER", "portail",
            "PORTAIL_SMTP_PASSWORD", SMTP_PASSWORD,
            "PORTAIL_MAIL_FROM", "ne-pas-repondre@portail.example",
            "PORTAIL_METRICS_TOKEN", METRICS_TOKEN);
    private static final Pattern STARTED = Pattern.compile("démarré : (http://\\S+/)");

    /** A portal whose captchas fail with a message naming every secret; started by the test that uses it only. */
    @RegisterExtension
    final PortalExtension failing = PortalExtension.onH2()
            .setting("PORTAIL_DB_PASSWORD", DB_PASSWORD)
            .setting("PORTAIL_METRICS_TOKEN", METRICS_TOKEN)
            .customize(builder -> builder.captchaRenderer(text -> {
                throw new IllegalStateException("Rendu impossible (" + String.join(", ", SECRETS) + ")");
            }))
            .build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_configuration_names_its_secrets_without_their_values() {
        String text = PortalConfig.from(SETTINGS).toString();

        assertThat(text).contains("dbPassword=***", "password=***", "metricsToken=***", "username=portail");
        assertThat(SECRETS).noneSatisfy(secret -> assertThat(text).contains(secret));
    }

    @Test
    void the_packaged_service_prints_none_from_its_start_to_its_stop_nor_in_its_answers(@TempDir Path dataDir)
            throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", Path.of("target", "portail.jar").toString())
                .redirectErrorStream(true);
        builder.environment().putAll(SETTINGS);
        builder.environment().put("PORTAIL_HTTP_PORT", "0");
        builder.environment().put("PORTAIL_DATA_DIR", dataDir.toString());
        Process process = builder.start();
        StringBuilder printed = new StringBuilder();
        StringBuilder answered = new StringBuilder();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String url = null;
            for (String line = output.readLine(); line != null && !line.contains("Numéros de convention libres");
                    line = output.readLine()) {
                printed.append(line).append('\n');
                Matcher matcher = STARTED.matcher(line);
                if (matcher.find()) {
                    url = matcher.group(1);
                }
            }
            assertThat(url).as("the start-up log:\n%s", printed).isNotNull();

            var metrics = get(url + "metrics", "Bearer " + METRICS_TOKEN);
            assertThat(metrics.statusCode()).isEqualTo(200);
            var wrongToken = get(url + "metrics", "Bearer " + "0".repeat(METRICS_TOKEN.length()));
            assertThat(wrongToken.statusCode()).isEqualTo(401);
            var unknown = get(url + "api/nulle-part", null);
            assertThat(unknown.statusCode()).isEqualTo(404);
            var malformed = http.send(HttpRequest.newBuilder(URI.create(url + "api/session"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(malformed.statusCode()).isEqualTo(400);
            for (HttpResponse<String> answer : List.of(metrics, wrongToken, unknown, malformed)) {
                answered.append(answer.headers().map()).append(answer.body()).append('\n');
            }

            process.toHandle().destroy(); // SIGTERM, as a stop would send: the shutdown logs are read to the end
            output.lines().forEach(line -> printed.append(line).append('\n'));
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped").isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(printed).contains("Base de données : H2 embarquée", "Compte de démonstration");
        assertThat(SECRETS).noneSatisfy(secret -> assertThat(printed).contains(secret));
        assertThat(SECRETS).noneSatisfy(secret -> assertThat(answered).contains(secret));
    }

    @Test
    void an_error_page_says_nothing_of_the_failure_even_one_naming_the_secrets() {
        var failed = failing.client().post("/api/captchas", "");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.text("title")).isEqualTo("Erreur interne");
        assertThat(SECRETS).noneSatisfy(secret -> assertThat(failed.raw()).contains(secret));
        assertThat(failed.raw()).doesNotContain("Rendu impossible");
    }

    private HttpResponse<String> get(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
