package fr.portailpartenaires.bench;

import static fr.portailpartenaires.bench.Report.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The operations of the soak benchmark ({@link SoakBenchmark}) on the demo data, as its people use the portal: the
 * partner administrator Alex7 (Association Ciel Bleu: "my partner", its payment slips), the ergothérapeute Lea62 (the
 * Habitat orders list, her visit certificates and their transmission) and the caisse's AdminCarsatNP (who orders the
 * interventions Lea works on). Each works in one long session opened at the set-up; the logins of the mix log one of
 * them in again in a session of its own, and out.
 *
 * <p>The set-up pays, as the caisse, the demo's invoice of Ciel Bleu (its three invoice lines of nine days ago, gathered
 * by the invoicing job) dated three days ago, so that its payment slip is visible to Alex7; and creates orders ahead,
 * some with a certificate, so that certificate saves and transmissions always find an order in the right state.
 */
final class SoakTraffic {

    /** The operations, in the report's order. */
    enum Kind {
        LOGIN("Login (`POST /api/session`, Argon2id)"),
        LOGOUT("Logout (`DELETE /api/session`)"),
        HABITAT_LIST("Habitat orders list (`GET /api/habitat/commandes`)"),
        HABITAT_PAGE("Habitat orders list page (`GET /services/habitat/commandes`)"),
        PARTNER("My partner (`GET /api/partenaire`)"),
        PARTNER_PAGE("Partner page (`GET /administration/partenaire`)"),
        ORDER("Order created by the caisse (`POST /api/caisse/habitat/commandes`)"),
        CERTIFICATE_CREATE("Certificate saved, new (`POST …/attestation`)"),
        CERTIFICATE_MODIFY("Certificate saved again (`PUT …/attestation`)"),
        TRANSMISSION("Transmission (`POST …/attestation/transmission`)"),
        SLIPS("Payment slips list (`GET /api/bordereaux`)"),
        SLIP_PDF("Slip download PDF (`GET /api/bordereaux/{id}/pdf`)"),
        SLIP_CSV("Slip download CSV (`GET /api/bordereaux/{id}/csv`)");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One cycle of the mix, 20 operations: how many of each (a login is followed by its logout, not counted here). */
    static final Map<Kind, Integer> CYCLE = cycle();
    /** The cycle in a fixed shuffled order, so that operations of one kind do not come in bursts. */
    private static final List<Kind> ORDER = order();

    private static final String JSON = "application/json";
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String CSRF = "X-CSRF-Token";
    private static final int KEPT_ERRORS = 10;

    private record Account(String login, String password) {
        String body() {
            return "{\"login\":\"" + login + "\",\"motDePasse\":\"" + password + "\"}";
        }
    }

    private static final Account ALEX = new Account("Alex7", "CielBleu62");
    private static final Account LEA = new Account("Lea62", "Flandres62");
    private static final Account CARSAT = new Account("AdminCarsatNP", "Demo2024np");
    private static final List<Account> LOGINS = List.of(ALEX, LEA, CARSAT);

    /** One answered operation: when it ended, how long after it was due, and whether it went as expected. */
    private record Done(Kind kind, long endNanos, long latencyNanos, boolean ok) {
    }

    /** The operations that ended within a window of the timeline. */
    record Window(int count, int errors, double p99Millis) {
    }

    private final HttpClient client = PortalUnderTest.client();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private final PortalUnderTest.Session alex;
    private final PortalUnderTest.Session lea;
    private final PortalUnderTest.Session carsat;
    private final String leaConvention;
    private final String slip;
    /** Orders without a certificate, and orders whose certificate is a draft (saved, not transmitted). */
    private final ConcurrentLinkedQueue<String> toCertify = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> drafts = new ConcurrentLinkedQueue<>();
    private final AtomicLong orderNumber = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong errorCount = new AtomicLong();

    private SoakTraffic(URI base, PortalUnderTest.Session alex, PortalUnderTest.Session lea,
            PortalUnderTest.Session carsat, String leaConvention, String slip) {
        this.base = base;
        this.alex = alex;
        this.lea = lea;
        this.carsat = carsat;
        this.leaConvention = leaConvention;
        this.slip = slip;
    }

    /** Logs the three users in, pays the demo's invoice and creates orders ahead ({@code users} of each kind and more). */
    static SoakTraffic setUp(PortalUnderTest portal, int users) throws Exception {
        HttpClient client = PortalUnderTest.client();
        PortalUnderTest.Session alex = PortalUnderTest.session(client, portal.loginRequest(ALEX.body()));
        PortalUnderTest.Session lea = PortalUnderTest.session(client, portal.loginRequest(LEA.body()));
        PortalUnderTest.Session carsat = PortalUnderTest.session(client, portal.loginRequest(CARSAT.body()));
        ObjectMapper json = new ObjectMapper();
        URI base = portal.base();
        String convention = json.readTree(body(client, get(base, "api/partenaire/conventions", JSON, lea)))
                .get(0).path("id").asText();
        String slip = paidSlip(client, json, base, carsat, alex);
        SoakTraffic traffic = new SoakTraffic(base, alex, lea, carsat, convention, slip);
        for (int i = 0; i < 2 * users + 10; i++) {
            traffic.toCertify.add(traffic.createOrder());
        }
        for (int i = 0; i < users + 10; i++) {
            String order = traffic.createOrder();
            traffic.saveCertificate(order, "POST", 201);
            traffic.drafts.add(order);
        }
        log("Set up: slip " + slip + ", " + traffic.toCertify.size() + " orders to certify, " + traffic.drafts.size()
                + " drafts");
        return traffic;
    }

    /**
     * The caisse pays the demo's invoice of Ciel Bleu (757300) once the invoicing job has made it, with a payment date
     * three days ago (a slip is visible 48 hours after its payment date); answers the slip Alex7 then sees.
     */
    private static String paidSlip(HttpClient client, ObjectMapper json, URI base, PortalUnderTest.Session carsat,
            PortalUnderTest.Session alex) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        JsonNode invoice = null;
        while (invoice == null) {
            for (JsonNode found : json.readTree(body(client, get(base, "api/caisse/factures", JSON, carsat)))) {
                if ("757300".equals(found.path("codeConvention").asText())) {
                    invoice = found;
                }
            }
            if (invoice == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The invoicing job made no invoice of 757300 within 150 s");
                }
                log("Waiting for the invoicing job to invoice the demo's lines of 757300…");
                Thread.sleep(5_000);
            }
        }
        String paidOn = LocalDate.now(PARIS).minusDays(3).toString();
        String amount = invoice.path("montant").asText().replace('.', ',');
        HttpResponse<String> paid = client.send(write(base, "api/caisse/factures/" + invoice.path("id").asText()
                + "/paiement", "POST", carsat, "{\"datePaiement\":\"" + paidOn + "\",\"reference\":\"VIR-SOAK-0001\","
                + "\"montant\":\"" + amount + "\"}"), HttpResponse.BodyHandlers.ofString());
        if (paid.statusCode() != 201) {
            throw new IllegalStateException("The payment answered " + paid.statusCode() + ": " + paid.body());
        }
        String slip = json.readTree(paid.body()).path("id").asText();
        String slips = body(client, get(base, "api/bordereaux", JSON, alex));
        if (!slips.contains(slip)) {
            throw new IllegalStateException("Alex7 does not see the slip " + slip + ": " + slips);
        }
        return slip;
    }

    /** Sends the operation number {@code index} of the mix, due at {@code dueNanos}, and records how it went. */
    void perform(long index, long dueNanos) {
        Kind kind = ORDER.get((int) (index % ORDER.size()));
        boolean ok;
        try {
            ok = switch (kind) {
                case LOGIN -> {
                    loginAndOut(LOGINS.get((int) (index / ORDER.size() % LOGINS.size())), dueNanos);
                    yield true;
                }
                case HABITAT_LIST -> status(get(base, "api/habitat/commandes", JSON, lea), 200);
                case HABITAT_PAGE -> status(get(base, "services/habitat/commandes", HTML, lea), 200);
                case PARTNER -> status(get(base, "api/partenaire", JSON, alex), 200);
                case PARTNER_PAGE -> status(get(base, "administration/partenaire", HTML, alex), 200);
                case ORDER -> {
                    toCertify.add(createOrder());
                    yield true;
                }
                case CERTIFICATE_CREATE -> {
                    String order = toCertify.poll();
                    if (order == null) {
                        skipped.incrementAndGet();
                        yield true;
                    }
                    saveCertificate(order, "POST", 201);
                    drafts.add(order);
                    yield true;
                }
                case CERTIFICATE_MODIFY -> {
                    String order = drafts.poll();
                    if (order == null) {
                        skipped.incrementAndGet();
                        yield true;
                    }
                    try {
                        saveCertificate(order, "PUT", 200);
                    } finally {
                        drafts.add(order);
                    }
                    yield true;
                }
                case TRANSMISSION -> {
                    String order = drafts.poll();
                    if (order == null) {
                        skipped.incrementAndGet();
                        yield true;
                    }
                    yield status(write(base, "api/habitat/commandes/" + order + "/attestation/transmission", "POST", lea,
                            "{}"), 200);
                }
                case SLIPS -> status(get(base, "api/bordereaux", JSON, alex), 200);
                case SLIP_PDF -> download("pdf", "%PDF");
                case SLIP_CSV -> download("csv", "");
                case LOGOUT -> throw new IllegalStateException("a logout follows its login");
            };
        } catch (Exception e) {
            error(kind + ": " + e);
            ok = false;
        }
        if (kind != Kind.LOGIN) {
            record(kind, dueNanos, ok);
        }
    }

    /** A login of its own (timed from when it was due), then its logout (timed from when the login ended). */
    private void loginAndOut(Account account, long dueNanos) {
        PortalUnderTest.Session session;
        try {
            session = PortalUnderTest.session(client, HttpRequest.newBuilder(base.resolve("api/session")).timeout(TIMEOUT)
                    .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString(account.body())).build());
        } catch (Exception e) {
            error("LOGIN " + account.login() + ": " + e);
            record(Kind.LOGIN, dueNanos, false);
            return;
        }
        record(Kind.LOGIN, dueNanos, true);
        long logoutStart = System.nanoTime();
        boolean ok;
        try {
            HttpRequest logout = HttpRequest.newBuilder(base.resolve("api/session")).timeout(TIMEOUT)
                    .header("Cookie", session.cookie()).header(CSRF, session.csrfToken()).DELETE().build();
            int status = client.send(logout, HttpResponse.BodyHandlers.discarding()).statusCode();
            ok = status == 204 || status == 200;
            if (!ok) {
                error("LOGOUT " + account.login() + " answered " + status);
            }
        } catch (Exception e) {
            error("LOGOUT " + account.login() + ": " + e);
            ok = false;
        }
        record(Kind.LOGOUT, logoutStart, ok);
    }

    private String createOrder() throws IOException, InterruptedException {
        long n = orderNumber.incrementAndGet();
        LocalDate today = LocalDate.now(PARIS);
        String nir = String.format(Locale.ROOT, "1450362%03d%03d", 100 + n / 1000 % 900, n % 1000);
        String form = "{\"convention\":\"" + leaConvention + "\",\"nom\":\"SOAK\",\"prenom\":\"Gérard\",\"nir\":\"" + nir
                + "\",\"adresse\":{\"numero\":\"3\",\"typeEtLibelleVoie\":\"rue de l'Église\",\"codePostal\":\"62000\","
                + "\"commune\":\"Arras\"},\"telephone\":\"03 21 11 22 33\",\"ressources\":\"C\",\"dateDeCommande\":\""
                + today + "\",\"prestataireHabitat\":{\"nom\":\"Soliha Pas-de-Calais\","
                + "\"coordonnees\":\"03 21 00 00 01\"},\"evaluation\":{\"dateEvaluation\":\""
                + today.minusDays(10) + "\",\"gir\":4,\"logement\":\"Maison à étage ; salle de bain "
                + "à l'étage.\"}}";
        HttpResponse<String> created = client.send(write(base, "api/caisse/habitat/commandes", "POST", carsat, form),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("order answered " + created.statusCode() + ": " + created.body());
        }
        return json.readTree(created.body()).path("id").asText();
    }

    private void saveCertificate(String order, String method, int expected) throws IOException, InterruptedException {
        String certificate = "{\"dateVisite\":\"" + LocalDate.now(PARIS) + "\",\"observations\":"
                + "\"Baignoire très haute ; escalier sans rampe.\",\"travaux\":[\"SALLE_DE_BAIN\"],"
                + "\"preconisations\":\"Douche de plain-pied" + ("PUT".equals(method) ? ", deux barres d'appui." : ".")
                + "\"}";
        HttpResponse<String> saved = client.send(write(base, "api/habitat/commandes/" + order + "/attestation", method,
                lea, certificate), HttpResponse.BodyHandlers.ofString());
        if (saved.statusCode() != expected) {
            throw new IllegalStateException(method + " certificate answered " + saved.statusCode() + ": " + saved.body());
        }
    }

    private boolean download(String format, String starts) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = client.send(get(base, "api/bordereaux/" + slip + "/" + format, "*/*", alex),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200 || answer.body().length == 0
                || !new String(answer.body(), 0, Math.min(8, answer.body().length), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .startsWith(starts)) {
            throw new IllegalStateException(format + " answered " + answer.statusCode() + ", " + answer.body().length + " bytes");
        }
        return true;
    }

    private boolean status(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + answer.statusCode() + ": " + new String(answer.body(), 0, Math.min(200, answer.body().length),
                            java.nio.charset.StandardCharsets.UTF_8));
        }
        return true;
    }

    private void record(Kind kind, long fromNanos, boolean ok) {
        long end = System.nanoTime();
        done.add(new Done(kind, end, end - fromNanos, ok));
    }

    private void error(String message) {
        errorCount.incrementAndGet();
        if (errors.size() < KEPT_ERRORS) {
            errors.add(message);
        }
    }

    private static HttpRequest get(URI base, String path, String accept, PortalUnderTest.Session session) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", accept)
                .header("Cookie", session.cookie()).GET().build();
    }

    private static HttpRequest write(URI base, String path, String method, PortalUnderTest.Session session, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Content-Type", JSON)
                .header("Accept", JSON).header("Cookie", session.cookie()).header(CSRF, session.csrfToken())
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String body(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    /** Forgets what was recorded (after the warm-up). */
    void clearRecords() {
        done.clear();
        errors.clear();
        errorCount.set(0);
        skipped.set(0);
    }

    /** The sorted latencies of the successful operations of a kind. */
    long[] latencies(Kind kind) {
        return done.stream().filter(d -> d.kind() == kind && d.ok()).mapToLong(Done::latencyNanos).sorted().toArray();
    }

    long errors(Kind kind) {
        return done.stream().filter(d -> d.kind() == kind && !d.ok()).count();
    }

    long skipped() {
        return skipped.get();
    }

    List<String> firstErrors() {
        return List.copyOf(errors);
    }

    Window window(long from, long to) {
        List<Done> inside = done.stream().filter(d -> d.endNanos() >= from && d.endNanos() < to).toList();
        long[] sorted = inside.stream().filter(Done::ok).mapToLong(Done::latencyNanos).sorted().toArray();
        double p99 = sorted.length == 0 ? 0
                : sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)] / 1e6;
        return new Window(inside.size(), (int) inside.stream().filter(d -> !d.ok()).count(), p99);
    }

    /** One line of progress: operations answered so far, their rate, the errors. */
    String progress(long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format(Locale.ROOT, "%.0f s: %d operations (%.1f/s), %d errors, %d skipped", seconds, done.size(),
                done.size() / seconds, errorCount.get(), skipped.get());
    }

    static String describeCycle() {
        return CYCLE.entrySet().stream().map(entry -> entry.getValue() + " × " + entry.getKey().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + " per 20, each login followed by its logout";
    }

    private static Map<Kind, Integer> cycle() {
        Map<Kind, Integer> cycle = new EnumMap<>(Kind.class);
        cycle.put(Kind.LOGIN, 2);
        cycle.put(Kind.HABITAT_LIST, 3);
        cycle.put(Kind.HABITAT_PAGE, 1);
        cycle.put(Kind.PARTNER, 2);
        cycle.put(Kind.PARTNER_PAGE, 2);
        cycle.put(Kind.ORDER, 2);
        cycle.put(Kind.CERTIFICATE_CREATE, 2);
        cycle.put(Kind.CERTIFICATE_MODIFY, 1);
        cycle.put(Kind.TRANSMISSION, 2);
        cycle.put(Kind.SLIPS, 1);
        cycle.put(Kind.SLIP_PDF, 1);
        cycle.put(Kind.SLIP_CSV, 1);
        return Collections.unmodifiableMap(new LinkedHashMap<>(cycle));
    }

    private static List<Kind> order() {
        List<Kind> order = new ArrayList<>();
        CYCLE.forEach((kind, count) -> order.addAll(Collections.nCopies(count, kind)));
        Collections.shuffle(order, new Random(19));
        return List.copyOf(order);
    }
}
