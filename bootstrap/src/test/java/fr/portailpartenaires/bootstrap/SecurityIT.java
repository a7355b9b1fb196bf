package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.portailpartenaires.application.testing.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The security rules of spec §2.2–2.4 and §8.3 over real HTTP against the running service (embedded H2
 * file database, demo data, GreenMail), with a clock the test moves: no user enumeration (same status and
 * body, same number of Argon2id computations), throttling with {@code Retry-After}, session fixation,
 * idle timeout, sessions ended by a password change or a reset, CSRF, usage rules, contact form.
 */
class SecurityIT {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    private static final String ALEX = DemoData.PARTNER_ADMIN.login();
    private static final String ALEX_PASSWORD = DemoData.PARTNER_ADMIN.password();
    private static final String ALEX_EMAIL = "alexandre.grizzi@cielbleu.example";
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");

    /** Counts the Argon2id computations of the running portal. */
    private CountingPasswordHasher hasher;

    /** Started by each nested class, with its own settings. */
    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().clockAt(T0)
            .customize(builder -> builder.hasherDecorator(real -> hasher = new CountingPasswordHasher(real)))
            .build();

    private final MutableClock clock = server.clock();
    private final HttpClient raw = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return raw.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)));
    }

    private static HttpRequest.BodyPublisher json(Object body) throws Exception {
        return HttpRequest.BodyPublishers.ofString(PortalClient.JSON.writeValueAsString(body));
    }

    private HttpResponse<String> loginRaw(String login, String password) throws Exception {
        return send(to("/api/session").header("Content-Type", "application/json")
                .POST(json(Map.of("login", login, "motDePasse", password))));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("portail_session="))
                .map(cookie -> cookie.substring("portail_session=".length(), cookie.indexOf(';')))
                .findFirst().orElseThrow();
    }

    private Map<String, Object> forgotten(PortalClient visitor, String login, String email) {
        JsonNode captcha = visitor.post("/api/captchas", "").body();
        return Map.of("login", login, "email", email, "captchaId", captcha.path("id").asText(),
                "captcha", server.captchaAnswer());
    }

    @Nested
    class No_user_enumeration {

        @BeforeEach
        void start() {
            server.start(Map.of());
        }

        @Test
        void a_login_answers_an_unknown_login_and_a_wrong_password_alike_with_the_same_work() throws Exception {
            int before = hasher.costlyCalls();
            var unknown = loginRaw("Personne99", "Mauvais123");
            int unknownWork = hasher.costlyCalls() - before;
            before = hasher.costlyCalls();
            var wrongPassword = loginRaw(ALEX, "Mauvais123");
            int wrongPasswordWork = hasher.costlyCalls() - before;

            assertThat(unknown.statusCode()).isEqualTo(wrongPassword.statusCode()).isEqualTo(401);
            assertThat(unknown.body()).isEqualTo(wrongPassword.body()).contains("Identifiant ou mot de passe incorrect.");
            assertThat(unknownWork).isEqualTo(wrongPasswordWork).isEqualTo(1);
        }

        @Test
        void a_forgotten_password_request_answers_alike_whether_or_not_the_pair_matches_with_the_same_work()
                throws Exception {
            var visitor = server.client();
            int before = hasher.costlyCalls();
            var unknown = visitor.post("/api/mot-de-passe-oublie", forgotten(visitor, "Personne99", ALEX_EMAIL));
            int unknownWork = hasher.costlyCalls() - before;
            before = hasher.costlyCalls();
            var wrongEmail = visitor.post("/api/mot-de-passe-oublie", forgotten(visitor, ALEX, "autre@cielbleu.example"));
            int wrongEmailWork = hasher.costlyCalls() - before;
            before = hasher.costlyCalls();
            var matched = visitor.post("/api/mot-de-passe-oublie", forgotten(visitor, "alex7", ALEX_EMAIL.toUpperCase()));
            int matchedWork = hasher.costlyCalls() - before;

            assertThat(List.of(unknown.status(), wrongEmail.status(), matched.status())).containsOnly(202);
            assertThat(unknown.raw()).isEqualTo(wrongEmail.raw()).isEqualTo(matched.raw())
                    .contains("Si l'identifiant et l'adresse e-mail saisis correspondent à un compte");
            assertThat(List.of(unknownWork, wrongEmailWork, matchedWork)).containsOnly(1);
            String text = GreenMailUtil.getBody(server.mailbox().awaitMailTo(ALEX_EMAIL));
            assertThat(text).contains("Mot de passe temporaire");
            Thread.sleep(600);
            assertThat(server.mailbox().received()).hasSize(1);
        }
    }

    @Nested
    class Throttling {

        @BeforeEach
        void start() {
            server.start(Map.of());
        }

        @Test
        void five_failed_logins_lock_the_account_one_minute_then_two_and_retry_after_says_so() throws Exception {
            for (int i = 0; i < 5; i++) {
                assertThat(loginRaw(ALEX, "Mauvais" + i).statusCode()).isEqualTo(401);
            }
            var locked = loginRaw(ALEX, ALEX_PASSWORD);
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).contains("60");
            assertThat(locked.body()).contains("Réessayez dans 1 minute.");

            clock.advance(Duration.ofSeconds(45));
            assertThat(loginRaw(ALEX, ALEX_PASSWORD).headers().firstValue("Retry-After")).contains("15");

            clock.advance(Duration.ofSeconds(15));
            assertThat(loginRaw(ALEX, "Mauvais5").statusCode()).isEqualTo(401);
            var lockedLonger = loginRaw(ALEX, ALEX_PASSWORD);
            assertThat(lockedLonger.statusCode()).isEqualTo(429);
            assertThat(lockedLonger.headers().firstValue("Retry-After")).contains("120");

            clock.advance(Duration.ofMinutes(2));
            assertThat(loginRaw(ALEX, ALEX_PASSWORD).statusCode()).isEqualTo(200);
        }

        @Test
        void forgotten_password_requests_wait_after_five_from_one_address() {
            var visitor = server.client();
            for (int i = 0; i < 5; i++) {
                assertThat(visitor.post("/api/mot-de-passe-oublie", forgotten(visitor, "Personne" + i, ALEX_EMAIL))
                        .status()).isEqualTo(202);
            }
            var throttled = visitor.post("/api/mot-de-passe-oublie", forgotten(visitor, ALEX, ALEX_EMAIL));

            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.text("detail")).isEqualTo("Trop de demandes envoyées. Réessayez dans 1 minute.");
            clock.advance(Duration.ofMinutes(1));
            assertThat(visitor.post("/api/mot-de-passe-oublie", forgotten(visitor, ALEX, ALEX_EMAIL)).status())
                    .isEqualTo(202);
        }
    }

    @Nested
    class Sessions {

        @BeforeEach
        void start() {
            server.start(Map.of());
        }

        @Test
        void a_session_id_planted_before_login_is_never_the_one_after_it() throws Exception {
            var planted = send(to("/api/session").header("Content-Type", "application/json")
                    .header("Cookie", "portail_session=planted-by-an-attacker")
                    .POST(json(Map.of("login", ALEX, "motDePasse", ALEX_PASSWORD))));
            assertThat(planted.statusCode()).isEqualTo(200);
            String issued = sessionCookie(planted);

            assertThat(issued).isNotEqualTo("planted-by-an-attacker").hasSizeGreaterThanOrEqualTo(43);
            assertThat(send(to("/api/partenaire").header("Cookie", "portail_session=planted-by-an-attacker"))
                    .statusCode()).isEqualTo(401);
            assertThat(send(to("/api/partenaire").header("Cookie", "portail_session=" + issued)).statusCode())
                    .isEqualTo(200);
            String csrf = PortalClient.JSON.readTree(planted.body()).path("csrfToken").asText();
            var again = send(to("/api/session").header("Content-Type", "application/json")
                    .header("Cookie", "portail_session=" + issued).header("X-CSRF-Token", csrf)
                    .POST(json(Map.of("login", ALEX, "motDePasse", ALEX_PASSWORD))));
            assertThat(sessionCookie(again)).isNotEqualTo(issued);
            assertThat(send(to("/api/partenaire").header("Cookie", "portail_session=" + issued)).statusCode())
                    .as("the session the browser had before logging in again").isEqualTo(401);
            assertThat(planted.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        }

        @Test
        void activity_keeps_a_session_alive_and_31_minutes_of_inactivity_end_it() {
            var alex = server.client();
            assertThat(alex.login(ALEX, ALEX_PASSWORD).status()).isEqualTo(200);

            clock.advance(Duration.ofMinutes(29));
            assertThat(alex.get("/api/partenaire").status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(29));
            assertThat(alex.get("/api/partenaire").status()).isEqualTo(200);

            clock.advance(Duration.ofMinutes(31));
            var expired = alex.get("/api/partenaire");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.text("code")).isEqualTo("session.absente");
        }

        @Test
        void the_login_answer_tells_when_the_previous_login_was_in_paris_time() {
            // (the first one tells of the demonstration's loading, which changed Alex's temporary password)
            assertThat(server.client().login(ALEX, ALEX_PASSWORD).status()).isEqualTo(200);
            clock.advance(Duration.ofDays(1));

            var second = server.client().login(ALEX, ALEX_PASSWORD);

            assertThat(second.text("messageDerniereConnexion"))
                    .isEqualTo("Votre dernière connexion à ce service date du 10/03/2025 à 10:00.");
        }

        @Test
        void a_password_change_ends_the_other_sessions_and_keeps_the_callers_under_a_new_cookie() {
            var office = server.client();
            var home = server.client();
            office.login(ALEX, ALEX_PASSWORD);
            home.login(ALEX, ALEX_PASSWORD);

            var changed = office.post("/api/session/mot-de-passe", Map.of("motDePasseActuel", ALEX_PASSWORD,
                    "nouveauMotDePasse", "Arras62000", "confirmation", "Arras62000"));

            assertThat(changed.status()).isEqualTo(200);
            assertThat(home.get("/api/partenaire").status()).isEqualTo(401);
            assertThat(office.get("/api/partenaire").status()).isEqualTo(200);
        }

        @Test
        void a_forgotten_password_request_changes_nothing_until_the_temporary_password_is_used() throws Exception {
            var home = server.client();
            home.login(ALEX, ALEX_PASSWORD);
            var visitor = server.client();

            assertThat(visitor.post("/api/mot-de-passe-oublie", forgotten(visitor, ALEX, ALEX_EMAIL)).status())
                    .isEqualTo(202);

            assertThat(home.get("/api/partenaire").status()).as("the open session goes on").isEqualTo(200);
            Matcher temporary = TEMPORARY_PASSWORD.matcher(
                    GreenMailUtil.getBody(server.mailbox().awaitMailTo(ALEX_EMAIL)));
            assertThat(temporary.find()).isTrue();
            var withTemporary = server.client();
            assertThat(withTemporary.login(ALEX, temporary.group(1)).body().path("changementMotDePasseRequis")
                    .asBoolean()).isTrue();
            assertThat(withTemporary.get("/api/partenaire").status()).isEqualTo(403);
            assertThat(home.get("/api/partenaire").status()).as("used, it ends the other sessions").isEqualTo(401);
            assertThat(server.client().login(ALEX, ALEX_PASSWORD).status()).isEqualTo(401);
        }

        @Test
        void a_forgotten_password_request_is_cancelled_by_a_login_with_the_current_password() throws Exception {
            var visitor = server.client();
            assertThat(visitor.post("/api/mot-de-passe-oublie", forgotten(visitor, ALEX, ALEX_EMAIL)).status())
                    .isEqualTo(202);
            Matcher temporary = TEMPORARY_PASSWORD.matcher(
                    GreenMailUtil.getBody(server.mailbox().awaitMailTo(ALEX_EMAIL)));
            assertThat(temporary.find()).isTrue();

            assertThat(server.client().login(ALEX, ALEX_PASSWORD).status()).isEqualTo(200);

            assertThat(server.client().login(ALEX, temporary.group(1)).status()).isEqualTo(401);
        }
    }

    /** Behind a trusted reverse proxy, each client is counted on its own address, not on the proxy's. */
    @Nested
    class Behind_a_trusted_proxy {

        @BeforeEach
        void start() {
            server.start(Map.of("PORTAIL_PROXIES_DE_CONFIANCE", "127.0.0.1"));
        }

        private HttpResponse<String> loginForwardedFor(String client, String password) throws Exception {
            return send(to("/api/session").header("Content-Type", "application/json")
                    .header("X-Forwarded-For", client)
                    .POST(json(Map.of("login", ALEX, "motDePasse", password))));
        }

        @Test
        void a_strangers_failures_lock_the_strangers_address_not_the_owners() throws Exception {
            for (int i = 0; i < 5; i++) {
                assertThat(loginForwardedFor("203.0.113.66", "Devine" + i).statusCode()).isEqualTo(401);
            }
            assertThat(loginForwardedFor("203.0.113.66", ALEX_PASSWORD).statusCode()).isEqualTo(429);
            assertThat(loginForwardedFor("198.51.100.7", ALEX_PASSWORD).statusCode()).isEqualTo(200);
            assertThat(loginForwardedFor("1.2.3.4, 203.0.113.66", ALEX_PASSWORD).statusCode())
                    .as("what the client writes on the left is not believed").isEqualTo(429);
        }
    }

    /** Issue 19, finding 1: a stranger failing on purpose from other addresses cannot keep the owner out. */
    @Nested
    class Strangers_failing_on_purpose {

        @BeforeEach
        void start() {
            server.start(Map.of());
        }

        /** A client whose requests come from another loopback address, as another machine's would. */
        private HttpResponse<String> loginFrom(String address, String password, String deviceCookie)
                throws Exception {
            HttpClient from = HttpClient.newBuilder().localAddress(java.net.InetAddress.getByName(address)).build();
            var request = to("/api/session").header("Content-Type", "application/json")
                    .POST(json(Map.of("login", ALEX, "motDePasse", password)));
            if (deviceCookie != null) {
                request.header("Cookie", "portail_appareil=" + deviceCookie);
            }
            return from.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String deviceCookie(HttpResponse<?> response) {
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("portail_appareil="))
                    .map(cookie -> cookie.substring("portail_appareil=".length(), cookie.indexOf(';')))
                    .findFirst().orElseThrow();
        }

        @Test
        void lock_themselves_out_not_the_owner() throws Exception {
            var owner = loginFrom("127.0.0.1", ALEX_PASSWORD, null);
            assertThat(owner.statusCode()).isEqualTo(200);
            String device = deviceCookie(owner);
            assertThat(owner.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                    .startsWith("portail_appareil=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                    .contains("Max-Age="));

            for (int i = 0; i < 5; i++) {
                assertThat(loginFrom("127.0.0.2", "Devine" + i, null).statusCode()).isEqualTo(401);
            }
            assertThat(loginFrom("127.0.0.2", ALEX_PASSWORD, null).statusCode()).as("the stranger's address")
                    .isEqualTo(429);
            assertThat(loginFrom("127.0.0.1", ALEX_PASSWORD, null).statusCode()).as("the owner's, no cookie")
                    .isEqualTo(200);

            for (int i = 3; i < 13; i++) {
                loginFrom("127.0.0." + i, "Devine" + i, null);
            }
            assertThat(loginFrom("127.0.0.1", ALEX_PASSWORD, null).statusCode())
                    .as("spread over ten addresses, unknown browsers wait").isEqualTo(429);
            assertThat(loginFrom("127.0.0.1", ALEX_PASSWORD, device.replace('.', '_')).statusCode())
                    .as("a forged cookie is a stranger").isEqualTo(429);
            var known = loginFrom("127.0.0.1", ALEX_PASSWORD, device);
            assertThat(known.statusCode()).as("the owner's browser goes on").isEqualTo(200);

            MimeMessage warning = server.mailbox().awaitMailTo(ALEX_EMAIL);
            assertThat(warning.getSubject()).isEqualTo("Notification de sécurité sur votre compte");
            assertThat(MailText.textPart(warning)).contains("tentatives de connexion à votre compte");
        }
    }

    @Nested
    class Csrf {

        @BeforeEach
        void start() {
            server.start(Map.of());
        }

        @Test
        void a_state_change_without_the_sessions_token_or_from_another_origin_is_refused_and_changes_nothing()
                throws Exception {
            var login = loginRaw(ALEX, ALEX_PASSWORD);
            String cookie = "portail_session=" + sessionCookie(login);
            String token = PortalClient.JSON.readTree(login.body()).path("csrfToken").asText();
            Map<String, String> change = Map.of("motDePasseActuel", ALEX_PASSWORD, "nouveauMotDePasse", "Arras62000",
                    "confirmation", "Arras62000");

            var withoutToken = send(to("/api/session/mot-de-passe").header("Cookie", cookie)
                    .header("Content-Type", "application/json").POST(json(change)));
            var wrongToken = send(to("/api/session/mot-de-passe").header("Cookie", cookie)
                    .header("X-CSRF-Token", "pas-le-bon").header("Content-Type", "application/json").POST(json(change)));
            var otherOrigin = send(to("/api/session/mot-de-passe").header("Cookie", cookie)
                    .header("X-CSRF-Token", token).header("Origin", "https://pirate.example")
                    .header("Content-Type", "application/json").POST(json(change)));

            assertThat(List.of(withoutToken.statusCode(), wrongToken.statusCode(), otherOrigin.statusCode()))
                    .containsOnly(403);
            assertThat(withoutToken.body()).contains("csrf.invalide");
            assertThat(loginRaw(ALEX, ALEX_PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class Usage_rules_on_the_caf_profile {

        @BeforeEach
        void start() {
            server.start(Map.of("PORTAIL_REGLES_UTILISATION_VERSION", "2025-01"));
        }

        @Test
        void must_be_accepted_at_first_login_before_anything_else_then_are_not_asked_again() {
            var alex = server.client();
            var first = alex.login(ALEX, ALEX_PASSWORD);
            assertThat(first.body().path("acceptationReglesRequise").asBoolean()).isTrue();
            assertThat(first.text("versionReglesUtilisation")).isEqualTo("2025-01");
            var refused = alex.get("/api/partenaire");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text("code")).isEqualTo("session.acceptation_regles_requise");

            var accepted = alex.post("/api/session/regles-utilisation", Map.of("version", "2025-01"));
            assertThat(accepted.status()).isEqualTo(200);
            alex.rememberCsrf(accepted);
            assertThat(accepted.body().path("acceptationReglesRequise").asBoolean()).isFalse();
            assertThat(alex.get("/api/partenaire").status()).isEqualTo(200);

            assertThat(server.client().login(ALEX, ALEX_PASSWORD).body().path("acceptationReglesRequise").asBoolean())
                    .isFalse();
        }
    }

    @Nested
    class Contact_form {

        @BeforeEach
        void start() {
            server.start(Map.of("PORTAIL_ASSISTANCE_EMAIL", "assistance@caisse.example"));
        }

        @Test
        void a_visitor_with_the_captcha_reaches_the_assistance_address_and_without_it_is_refused() throws Exception {
            var visitor = server.client();
            JsonNode captcha = visitor.post("/api/captchas", "").body();
            Map<String, Object> form = new HashMap<>(Map.of("numeroConvention", "757301", "nom", "Mikaël MARTIN",
                    "email", "mikael@cielbleu.example", "telephone", "0302010509", "objet", "Inscription",
                    "message", "Bonjour,\nma préinscription est-elle reçue ?"));

            assertThat(visitor.post("/api/contact", form).status()).isEqualTo(400);

            form.put("captchaId", captcha.path("id").asText());
            form.put("captcha", server.captchaAnswer());
            var sent = visitor.post("/api/contact", form);
            assertThat(sent.status()).isEqualTo(201);
            MimeMessage mail = server.mailbox().awaitMailTo("assistance@caisse.example");
            assertThat(mail.getSubject()).isEqualTo("Nous contacter : Inscription");
            assertThat(GreenMailUtil.getBody(mail)).contains("mikael@cielbleu.example");
        }

        @Test
        void a_logged_in_user_needs_no_captcha() {
            var alex = server.client();
            alex.login(ALEX, ALEX_PASSWORD);

            var sent = alex.post("/api/contact", Map.of("numeroConvention", "757300", "nom", "Alexandre GRIZZI",
                    "email", ALEX_EMAIL, "telephone", "03 02 01 05 09", "objet", "Question", "message", "Une question."));

            assertThat(sent.status()).isEqualTo(201);
            assertThat(Optional.ofNullable(sent.text("message"))).contains("Votre message a bien été transmis à l'assistance du portail.");
        }
    }
}
