package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the edge of the service answers to someone probing it (issue 19): the registration form tells no one which
 * logins are taken, and each public form is throttled per source address.
 */
class EdgeHardeningIT {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().clockAt(T0).build();

    private final MutableClock clock = server.clock();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    class The_registration_form {

        /** A form with a malformed phone and an unknown convention number, and a wrong captcha unless it is null. */
        private Map<String, Object> form(PortalClient visitor, String login, String wrongCaptcha) {
            Map<String, Object> form = RegistrationForms.ergotherapeute(server, visitor, login, "757399",
                    "STRUCTURE_EVALUATION", "Association Sonde");
            form.put("telephone", "0321");
            if (wrongCaptcha != null) {
                form.put("captcha", wrongCaptcha);
            }
            return form;
        }

        @Test
        void with_a_wrong_captcha_answers_a_taken_login_and_a_free_one_alike_with_every_format_error() {
            var visitor = server.client();

            var taken = visitor.post("/api/inscriptions", form(visitor, DemoData.PARTNER_ADMIN.login(), "Faux12"));
            var free = visitor.post("/api/inscriptions", form(visitor, "Libre4242", "Faux12"));

            assertThat(taken.status()).isEqualTo(400);
            assertThat(taken.body().path("errors").has("telephone")).isTrue();
            assertThat(taken.body().path("errors").has("captcha")).isTrue();
            assertThat(taken.raw()).doesNotContain("déjà utilisé").isEqualTo(free.raw());
        }

        @Test
        void with_the_right_captcha_says_the_login_is_taken() {
            var visitor = server.client();

            var taken = visitor.post("/api/inscriptions",
                    form(visitor, DemoData.PARTNER_ADMIN.login(), null));

            assertThat(taken.body().path("errors").path("administrateur.login").toString()).contains("déjà utilisé");
        }

        @Test
        void is_throttled_after_twenty_attempts_from_one_address_with_retry_after() throws Exception {
            var visitor = server.client();
            for (int attempt = 1; attempt <= 20; attempt++) {
                assertThat(visitor.post("/api/inscriptions", form(visitor, "Sonde" + attempt, "Faux12")).status())
                        .as("attempt %d", attempt).isEqualTo(400);
            }

            var throttled = send(HttpRequest.newBuilder(URI.create(server.url() + "api/inscriptions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(PortalClient.JSON.writeValueAsString(
                            form(visitor, "Sonde21", null)))));

            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).contains("60");
            assertThat(PortalClient.JSON.readTree(throttled.body()).path("detail").asText())
                    .isEqualTo("Trop de demandes envoyées. Réessayez dans 1 minute.");
            clock.advance(Duration.ofMinutes(1));
            assertThat(visitor.post("/api/inscriptions", form(visitor, "Sonde22", "Faux12")).status()).isEqualTo(400);
        }
    }
}
