package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the edge of the service answers to someone probing it (issue 19): the registration form tells no one which
 * logins are taken, and each public form is throttled per source address; no answer of the API is kept by a cache
 * unless it is public reference data.
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

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)));
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

    @Nested
    class Api_answers {

        private String sessionOf(DemoData.DemoAccount account) throws Exception {
            var login = send(to("/api/session").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(PortalClient.JSON.writeValueAsString(
                            Map.of("login", account.login(), "motDePasse", account.password())))));
            assertThat(login.statusCode()).as("login of %s", account.login()).isEqualTo(200);
            return login.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("portail_session="))
                    .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                    .findFirst().orElseThrow();
        }

        private HttpResponse<String> get(String path, String cookie) throws Exception {
            return send(to(path).header("Cookie", cookie).GET());
        }

        @Test
        void with_personal_data_are_never_stored_by_a_browser_or_a_proxy() throws Exception {
            String alex = sessionOf(DemoData.PARTNER_ADMIN);
            String lea = sessionOf(DemoData.ERGOTHERAPEUTE);

            for (var answer : List.of(get("/api/partenaire", alex), get("/api/partenaire/utilisateurs", alex),
                    get("/api/habitat/commandes", lea))) {
                assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(200);
                assertThat(answer.headers().firstValue("Cache-Control")).as(answer.uri().toString())
                        .contains("no-store");
            }
        }

        @Test
        void are_not_stored_by_default_errors_included() throws Exception {
            for (var answer : List.of(send(to("/api/partenaire").GET()), send(to("/api/nulle-part").GET()),
                    send(to("/api/inscriptions").header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))))) {
                assertThat(answer.statusCode()).as(answer.uri().toString()).isBetween(400, 499);
                assertThat(answer.headers().firstValue("Cache-Control")).as(answer.uri().toString())
                        .contains("no-store");
            }
        }

        @Test
        void of_public_reference_lists_may_be_cached_briefly() throws Exception {
            for (String path : List.of("/api/referentiel/regimes", "/api/referentiel/regimes/CNAV/caisses",
                    "/api/referentiel/types-partenaire")) {
                var answer = send(to(path).GET());
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                assertThat(answer.headers().firstValue("Cache-Control")).as(path).contains("public, max-age=300");
            }
        }
    }
}
