package fr.portailpartenaires.adapters.web;

import java.util.List;
import fr.portailpartenaires.adapters.web.health.HealthRoutes;
import fr.portailpartenaires.adapters.web.account.SelfServiceRoutes;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.health.CheckHealth;
import fr.portailpartenaires.application.account.ForgottenPassword;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.domain.shared.Refusal;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Security headers on every answer, HSTS only over HTTPS; {@code Retry-After} on every 429. */
class SecurityHeadersAndRetryAfterTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicReference<Outcome<ForgottenPassword.Requested>> forgotten = new AtomicReference<>();
    private Javalin app;

    @BeforeEach
    void start() {
        CheckHealth health = () -> new CheckHealth.Health(true, Map.of("database", true));
        ForgottenPassword stub = (request, sourceAddress) -> forgotten.get();
        SessionCookie sessions = Anonymous.sessions();
        app = PortalApp.create(sessions, List.of(new HealthRoutes(health), new SelfServiceRoutes(stub, null, sessions))).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    }

    @Nested
    class Security_headers {

        @Test
        void every_answer_forbids_framing_sniffing_and_unused_browser_features() throws Exception {
            for (var response : new HttpResponse<?>[] {send(to("/health")), send(to("/nulle-part")),
                    send(to("/api/mot-de-passe-oublie").POST(HttpRequest.BodyPublishers.ofString("pas du json")))}) {
                var headers = response.headers();
                assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "base-uri 'none'",
                                "frame-ancestors 'none'"));
                assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
                assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
                assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
                assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                        assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()"));
            }
        }

        @Test
        void a_body_that_is_not_json_is_a_400_problem_not_a_server_error() throws Exception {
            var response = send(to("/api/mot-de-passe-oublie").POST(HttpRequest.BodyPublishers.ofString("pas du json")));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("requete.json_invalide");
        }

        @Test
        void strict_transport_security_is_sent_over_https_only() throws Exception {
            assertThat(send(to("/health")).headers().firstValue("Strict-Transport-Security")).isEmpty();

            var behindTlsProxy = send(to("/health").header("X-Forwarded-Proto", "https"));

            assertThat(behindTlsProxy.headers().firstValue("Strict-Transport-Security"))
                    .contains("max-age=31536000; includeSubDomains");
        }
    }

    @Nested
    class Too_many_requests {

        private HttpResponse<String> askForAPassword() throws Exception {
            return send(to("/api/mot-de-passe-oublie").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"Alex7\",\"email\":\"a@b.fr\"}")));
        }

        @Test
        void carry_retry_after_in_whole_seconds_rounded_up() throws Exception {
            forgotten.set(Outcome.tooManyRequests(new Refusal("demande.trop_de_demandes", "Réessayez dans 2 minutes."),
                    Duration.ofMillis(61_200)));

            var response = askForAPassword();

            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("Retry-After")).contains("62");
            assertThat(response.body()).contains("Réessayez dans 2 minutes.");
        }

        @Test
        void never_say_zero_seconds() throws Exception {
            forgotten.set(Outcome.tooManyRequests(new Refusal("x.y", "Réessayez."), Duration.ZERO));

            assertThat(askForAPassword().headers().firstValue("Retry-After")).contains("1");
        }

        @Test
        void other_refusals_carry_no_retry_after_and_the_forgotten_password_answer_is_202() throws Exception {
            forgotten.set(Outcome.done(new ForgottenPassword.Requested(ForgottenPassword.ANSWER)));

            var response = askForAPassword();

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.headers().firstValue("Retry-After")).isEmpty();
            assertThat(response.body()).isEqualTo("{\"message\":\"" + ForgottenPassword.ANSWER + "\"}");
        }
    }
}
