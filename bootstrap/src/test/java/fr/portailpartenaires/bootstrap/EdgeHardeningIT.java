package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.testing.MutableClock;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the edge of the service answers to someone probing it (issue 19): the registration form tells no one which
 * logins are taken, and each public form is throttled per source address, captchas included; no answer of the API is
 * kept by a cache unless it is public reference data; what the server refuses before the application sees it
 * (malformed addresses and headers, oversized bodies, non-strict JSON) is answered in French.
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

    /** An answer read off the socket: status, headers (lower-case names) and body. */
    record RawAnswer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /**
     * Sends bytes as they are — what an HTTP client library would refuse to send (a bad escape, a control character in
     * a header) — and reads the answer until the server closes the connection.
     */
    private RawAnswer rawRequest(String head, byte[] body) throws Exception {
        URI base = URI.create(server.url());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: " + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n"
                    + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server may answer and close before reading a body it refuses
            }
            byte[] all = socket.getInputStream().readAllBytes();
            String latin = new String(all, StandardCharsets.ISO_8859_1);
            int end = latin.indexOf("\r\n\r\n");
            String[] lines = latin.substring(0, end).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            String content = latin.substring(end + 4);
            if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
                content = unchunked(content);
            }
            return new RawAnswer(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    /** The body of a chunked answer, each byte as one ISO-8859-1 character. */
    private static String unchunked(String chunked) {
        StringBuilder content = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return content.toString();
            }
            content.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static void assertFrenchProblem(RawAnswer answer, int status, String detailPart) throws Exception {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
        var problem = PortalClient.JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).as(answer.body()).contains(detailPart);
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }

    @Nested
    class Requests_the_application_never_sees {

        @Test
        void a_bad_escape_in_the_path_is_a_french_problem() throws Exception {
            assertFrenchProblem(rawRequest("GET /api/partenaire%zz HTTP/1.1\r\n", new byte[0]), 400,
                    "La requête est mal formée");
        }

        @Test
        void bad_utf8_in_the_path_is_a_french_problem() throws Exception {
            var answer = rawRequest("GET /api/partenaire%C3%28 HTTP/1.1\r\n", new byte[0]);

            assertThat(answer.status()).isIn(400, 404);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(PortalClient.JSON.readTree(answer.body()).path("detail").asText()).isNotBlank()
                    .doesNotContain("Bad", "Illegal", "Ambiguous");
        }

        @Test
        void a_nine_kilobyte_address_is_a_414_french_problem() throws Exception {
            assertFrenchProblem(rawRequest("GET /api/referentiel/regimes?q=" + "a".repeat(9 * 1024) + " HTTP/1.1\r\n",
                    new byte[0]), 414, "L'adresse demandée est trop longue");
        }

        @Test
        void a_big_header_is_a_431_french_problem() throws Exception {
            assertFrenchProblem(rawRequest("GET /api/referentiel/regimes HTTP/1.1\r\nX-Rembourrage: "
                    + "a".repeat(10 * 1024) + "\r\n", new byte[0]), 431, "en-têtes de la requête");
        }

        @Test
        void a_control_character_in_a_cookie_is_a_french_problem() throws Exception {
            assertFrenchProblem(rawRequest("GET /api/partenaire HTTP/1.1\r\nCookie: portail_session=ab\u0001cd\r\n",
                    new byte[0]), 400, "La requête est mal formée");
        }

        @Test
        void a_browser_gets_a_french_page_when_jetty_read_its_headers() throws Exception {
            var answer = rawRequest("GET /inscription%C3%28 HTTP/1.1\r\nAccept: text/html\r\n", new byte[0]);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("text/html");
            assertThat(answer.body()).contains("<html lang=\"fr\"", "La requête est mal formée")
                    .doesNotContain("Bad Message", "Powered by", "%C3%28");
        }

        @Test
        void a_request_jetty_could_not_read_gets_a_french_problem_whoever_sent_it() throws Exception {
            assertFrenchProblem(rawRequest("GET /inscription%zz HTTP/1.1\r\nAccept: text/html\r\n", new byte[0]), 400,
                    "La requête est mal formée");
        }
    }

    @Nested
    class Request_bodies {

        private HttpResponse<String> login(String body) throws Exception {
            return send(to("/api/session").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        @Test
        void over_the_size_limit_are_a_413_french_problem() throws Exception {
            var answer = login("{\"login\":\"" + "a".repeat(1_100_000) + "\",\"motDePasse\":\"x\"}");

            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(PortalClient.JSON.readTree(answer.body()).path("detail").asText())
                    .contains("dépasse la taille maximale");
        }

        @Test
        void over_the_size_limit_on_a_page_are_a_413_french_page() throws Exception {
            var answer = send(to("/contact").header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("message=" + "a".repeat(1_100_000))));

            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/html"));
            assertThat(answer.body()).contains("dépasse la taille maximale acceptée (1 Mo)");
        }

        @Test
        void with_text_after_the_object_do_not_log_in() throws Exception {
            var answer = login("{\"login\":\"" + DemoData.PARTNER_ADMIN.login() + "\",\"motDePasse\":\""
                    + DemoData.PARTNER_ADMIN.password() + "\"} }]garbage");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("requete.json_invalide");
            assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("portail_session="));
        }

        @Test
        void with_a_key_twice_do_not_log_in() throws Exception {
            var answer = login("{\"login\":\"Inconnu\",\"login\":\"" + DemoData.PARTNER_ADMIN.login()
                    + "\",\"motDePasse\":\"" + DemoData.PARTNER_ADMIN.password() + "\"}");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("requete.json_invalide");
        }
    }

    @Nested
    class Captchas {

        @Test
        void are_issued_sixty_in_a_row_to_one_address_then_429_with_retry_after_on_the_api_and_the_pages()
                throws Exception {
            for (int captcha = 1; captcha <= 60; captcha++) {
                assertThat(send(to("/api/captchas").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                        .as("captcha %d", captcha).isEqualTo(201);
            }

            var api = send(to("/api/captchas").POST(HttpRequest.BodyPublishers.noBody()));
            var page = send(to("/mot-de-passe-oublie").header("Accept", "text/html").GET());

            assertThat(api.statusCode()).isEqualTo(429);
            assertThat(api.headers().firstValue("Retry-After")).contains("60");
            assertThat(PortalClient.JSON.readTree(api.body()).path("detail").asText())
                    .isEqualTo("Trop de demandes envoyées. Réessayez dans 1 minute.");
            assertThat(page.statusCode()).isEqualTo(429);
            assertThat(page.body()).contains("Réessayez dans");
            clock.advance(Duration.ofMinutes(2));
            assertThat(send(to("/api/captchas").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                    .isEqualTo(201);
        }
    }
}
