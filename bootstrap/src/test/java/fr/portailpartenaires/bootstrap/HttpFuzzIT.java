package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.portailpartenaires.bootstrap.OpenApiFuzzer.Draw;
import fr.portailpartenaires.bootstrap.OpenApiFuzzer.Operation;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19: requests drawn from the published OpenAPI document ({@link OpenApiFuzzer}) — every operation, with bad
 * types, huge and control-character strings, garbage path parameters, broken JSON — sent by an anonymous visitor,
 * two partners (an administrator of one, a user of another) and a caisse administrator, with their session's CSRF
 * token most of the time (without it or with a wrong one sometimes). For a fixed seed and a time budget: no answer
 * is a 5xx, and no request answered 4xx changes the database ({@link DatabaseSnapshot} before and after each
 * request; what refusals may change on purpose is listed and justified there).
 *
 * <p>Each caller sends from a few loopback addresses of its own (127.0.k.1–4) and logs in from another, so that the
 * per-address throttling (which answers some of the public forms' requests 429, as it should) neither stops the
 * fuzz nor keeps a caller from logging in again after a request ended its session; the test also checks that most
 * requests reached the application rather than being turned away at its edge.
 */
class HttpFuzzIT {

    /** Fixed; {@code -Dportail.fuzz.seed=…} tries another. */
    private static final long SEED = Long.getLong("portail.fuzz.seed", 20_261_203L);
    /**
     * The time spent sending requests once the portal runs and every operation was sent once by every caller, at
     * most; the fuzz also stops {@link #WHOLE_TEST} after the test began (the portal's start, with its demonstration
     * data, takes 5 to 40 s as the machine is busy), so that the test stays under 60 s.
     */
    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final Duration WHOLE_TEST = Duration.ofSeconds(40);
    /** At least this share of the requests must get past the edge, the session check, CSRF and throttling. */
    private static final double MIN_REACHED = 0.4;
    /**
     * Over these sizes the server refuses the request (413, 414) and closes the connection, maybe while the client is
     * still sending, which then loses the answer (a TCP reset; {@code EdgeHardeningIT} reads those answers off the
     * socket). Such lost answers are counted, not failed.
     */
    private static final int MAX_BODY = 1_000_000;
    private static final int MAX_HEAD = 8_192;
    private static final String METRICS_TOKEN = "jeton-de-metriques-du-test-de-fuzz-0123456789";
    /** The problems of the edge (Jetty, Javalin, body parsing) rather than of a route's handler. */
    private static final Set<String> EDGE_CODES = Set.of("requete.mal_formee", "requete.methode_non_autorisee",
            "requete.delai_depasse", "requete.trop_volumineuse", "requete.adresse_trop_longue",
            "requete.type_de_contenu", "requete.en_tetes_trop_volumineux", "requete.refusee",
            "requete.json_invalide", "csrf.invalide", "session.absente");

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2()
            .setting("PORTAIL_METRICS_TOKEN", METRICS_TOKEN)
            // no job writes behind the requests' back (the outbox, the invoicing and the purges wait)
            .customize(builder -> builder.backgroundJobs(false))
            .build();

    private final Random random = new Random(SEED);
    /** The database as the last request left it. */
    private DatabaseSnapshot snapshot;

    /** An answer: status, body as text, and the problem's code when it is one. */
    record Answer(int status, String body, String code) {

        /** Whether a route's handler answered, rather than the edge, the session check, CSRF or throttling. */
        boolean reachedTheApplication() {
            return status != 429 && !EDGE_CODES.contains(code)
                    && !(status == 403 && body.contains("autre origine"))
                    && !(status == 404 && body.contains("La ressource demandée n'existe pas."));
        }

        String shown() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** Someone sending requests: their cookies, their session's CSRF token, their own source addresses. */
    private final class Caller {

        private final String name;
        private final Optional<DemoData.DemoAccount> account;
        private final CookieManager cookies = new CookieManager();
        private final List<HttpClient> clients = new ArrayList<>();
        private final HttpClient loginClient;
        private String csrf;
        private int logins;

        Caller(int number, String name, Optional<DemoData.DemoAccount> account) {
            this.name = name;
            this.account = account;
            for (int address = 1; address <= 4; address++) {
                clients.add(client("127.0." + number + "." + address));
            }
            this.loginClient = client("127.0." + number + ".100");
        }

        private HttpClient client(String address) {
            try {
                return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                        .localAddress(InetAddress.getByName(address)).connectTimeout(Duration.ofSeconds(5)).build();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void logIn() throws Exception {
            DemoData.DemoAccount demo = account.orElseThrow();
            HttpResponse<String> answer = loginClient.send(HttpRequest.newBuilder(URI.create(server.url() + "api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(PortalClient.JSON.writeValueAsString(
                            Map.of("login", demo.login(), "motDePasse", demo.password())))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("login of %s", demo.login()).isEqualTo(200);
            csrf = PortalClient.JSON.readTree(answer.body()).path("csrfToken").asText();
            logins++;
        }

        boolean loggedIn() {
            return account.isPresent();
        }

        /** Sends the request with the session's token (or without it, or a wrong one), from one of its addresses. */
        Answer send(Draw draw) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + draw.target().substring(1)))
                    .timeout(Duration.ofSeconds(10))
                    .method(draw.operation().method(), draw.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(draw.body()))
                    .header("Accept", random.nextInt(20) == 0 ? "text/html" : "application/json");
            draw.contentType().ifPresent(type -> request.header("Content-Type", type));
            int dice = random.nextInt(100);
            if (loggedIn() && dice < 88 || !loggedIn() && dice < 5) {
                request.header("X-CSRF-Token", loggedIn() && dice < 85 ? csrf : "jeton-" + random.nextInt(1000));
            }
            if (random.nextInt(40) == 0) {
                request.header("Origin", random.nextBoolean() ? "https://pirate.example" : "null");
            }
            if ("/metrics".equals(draw.operation().path()) && random.nextBoolean()) {
                request.header("Authorization", "Bearer " + (random.nextBoolean() ? METRICS_TOKEN : "faux"));
            }
            HttpClient client = clients.get(random.nextInt(clients.size()));
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            String code = "";
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                code = PortalClient.JSON.readTree(body).path("code").asText();
            }
            return new Answer(response.statusCode(), body, code);
        }

        /** A new captcha for this caller (from one of its addresses), or empty when it was refused (429). */
        Optional<String> newCaptcha() throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + "api/captchas"))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody());
            if (loggedIn()) {
                request.header("X-CSRF-Token", csrf);
            }
            HttpResponse<String> answer = clients.get(random.nextInt(clients.size()))
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 201
                    ? Optional.of(PortalClient.JSON.readTree(answer.body()).path("id").asText())
                    : Optional.empty();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A third of the public forms' requests (registration, forgotten password, contact) carry a captcha solved just
     * before (read off the test's renderer), so that their fuzzed fields reach the use case behind the captcha.
     */
    private Optional<Draw> withSolvedCaptcha(Caller caller, Draw draw) throws Exception {
        if (random.nextInt(3) != 0 || !"application/json".equals(draw.contentType().orElse(""))) {
            return Optional.empty();
        }
        JsonNode body;
        try {
            body = PortalClient.JSON.readTree(draw.body());
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (!(body instanceof ObjectNode form) || !form.has("captchaId") || !form.has("captcha")) {
            return Optional.empty();
        }
        Optional<String> captcha = caller.newCaptcha();
        if (captcha.isEmpty()) {
            return Optional.empty();
        }
        form.put("captchaId", captcha.get());
        form.put("captcha", server.captchaAnswer());
        return Optional.of(new Draw(draw.operation(), draw.target(), draw.contentType(),
                PortalClient.JSON.writeValueAsBytes(form), draw.fuzzed() + ", captcha solved"));
    }

    /** What the fuzz saw: per operation the requests sent and those that reached the application, and the failures. */
    private static final class Tally {

        final Map<String, int[]> perOperation = new TreeMap<>();
        final Map<Integer, Integer> perStatus = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        int sent;
        int reached;
        int lost;

        void count(Operation operation, Answer answer) {
            sent++;
            perStatus.merge(answer.status(), 1, Integer::sum);
            int[] counts = perOperation.computeIfAbsent(operation.toString(), name -> new int[2]);
            counts[0]++;
            if (answer.reachedTheApplication()) {
                reached++;
                counts[1]++;
            }
        }

        void fail(String failure) {
            if (failures.size() < 30) {
                failures.add(failure);
            }
        }
    }

    @Test
    void no_request_gets_a_5xx_and_no_refused_request_changes_anything() throws Exception {
        long testStart = System.nanoTime();
        JsonNode document = PortalClient.JSON.readTree(server.client().get("/openapi.json").raw());
        DSLContext dsl = server.portal().infra().database().dsl();
        Clock clock = server.portal().infra().clock();
        List<Caller> callers = List.of(new Caller(1, "anonyme", Optional.empty()),
                new Caller(2, "partenaire Alex7", Optional.of(DemoData.PARTNER_ADMIN)),
                new Caller(3, "partenaire Lea62", Optional.of(DemoData.ERGOTHERAPEUTE)),
                new Caller(4, "caisse AdminCarsatNP", Optional.of(DemoData.CAISSE_ADMIN)));
        for (Caller caller : callers) {
            if (caller.loggedIn()) {
                caller.logIn();
            }
        }
        snapshot = DatabaseSnapshot.of(dsl, clock.instant());
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(document, random, () -> snapshot.idsByColumn());
        List<Operation> operations = fuzzer.operations();
        List<Map.Entry<Caller, Operation>> firstRound = new ArrayList<>();
        callers.forEach(caller -> operations.forEach(operation -> firstRound.add(Map.entry(caller, operation))));
        Collections.shuffle(firstRound, random);

        Tally tally = new Tally();
        long start = System.nanoTime();
        long deadline = Math.min(start + BUDGET.toNanos(), testStart + WHOLE_TEST.toNanos());
        for (int i = 0; i < firstRound.size() || System.nanoTime() < deadline; i++) {
            Caller caller = i < firstRound.size() ? firstRound.get(i).getKey()
                    : callers.get((random.nextInt(2 * callers.size() - 1) + 1) / 2);
            Operation operation = i < firstRound.size() ? firstRound.get(i).getValue()
                    : operations.get(random.nextInt(operations.size()));
            Draw draw = fuzzer.draw(operation);
            Optional<Draw> solved = withSolvedCaptcha(caller, draw);
            if (solved.isPresent()) {
                draw = solved.get();
                snapshot = DatabaseSnapshot.of(dsl, clock.instant());
            }
            Answer answer;
            try {
                answer = caller.send(draw);
            } catch (HttpTimeoutException e) {
                tally.fail("no answer in 10 s to " + caller + ": " + draw.shown());
                snapshot = DatabaseSnapshot.of(dsl, clock.instant());
                continue;
            } catch (IOException e) {
                if (draw.body().length <= MAX_BODY && draw.target().length() <= MAX_HEAD) {
                    tally.fail("connection lost (" + e + ") on " + caller + ": " + draw.shown());
                }
                tally.lost++;
                snapshot = DatabaseSnapshot.of(dsl, clock.instant());
                continue;
            }
            tally.count(operation, answer);
            DatabaseSnapshot after = DatabaseSnapshot.of(dsl, clock.instant());
            if (answer.status() >= 500) {
                tally.fail(caller + ": " + draw.shown() + "\n    → " + answer.shown());
            } else if (answer.status() >= 400) {
                Map<String, String> changed = after.differencesFrom(snapshot);
                if (!changed.isEmpty()) {
                    tally.fail(caller + ": " + draw.shown() + "\n    → " + answer.shown() + "\n    changed " + changed);
                }
            }
            snapshot = after;
            if (caller.loggedIn() && "session.absente".equals(answer.code())) {
                caller.logIn();
                snapshot = DatabaseSnapshot.of(dsl, clock.instant());
            }
        }
        Duration spent = Duration.ofNanos(System.nanoTime() - start);

        Set<String> neverReached = new TreeSet<>();
        tally.perOperation.forEach((operation, counts) -> {
            if (counts[1] == 0) {
                neverReached.add(operation);
            }
        });
        System.out.printf("HttpFuzzIT: %d requests in %d s (seed %d), %d operations, %.0f %% reached the application,"
                        + " statuses %s, %d answers lost with the connection, logins again %s; never reached: %s%n",
                tally.sent, spent.toSeconds(), SEED, tally.perOperation.size(), 100.0 * tally.reached / tally.sent,
                tally.perStatus, tally.lost,
                callers.stream().map(caller -> caller + "=" + Math.max(0, caller.logins - 1)).toList(), neverReached);
        assertThat(tally.failures).as("5xx answers and 4xx answers that changed the database").isEmpty();
        assertThat(operations.stream().map(Operation::toString).filter(name -> !tally.perOperation.containsKey(name)))
                .as("operations of the document never exercised").isEmpty();
        assertThat((double) tally.reached / tally.sent).as("share of the requests that reached the application")
                .isGreaterThanOrEqualTo(MIN_REACHED);
    }
}
