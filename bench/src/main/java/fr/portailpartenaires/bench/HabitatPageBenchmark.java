package fr.portailpartenaires.bench;

import static fr.portailpartenaires.bench.PairedRounds.get;
import static fr.portailpartenaires.bench.Report.latency;
import static fr.portailpartenaires.bench.Report.log;
import static fr.portailpartenaires.bench.Report.met;
import static fr.portailpartenaires.bench.Report.percent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.bench.HabitatListBenchmark.Dataset;
import fr.portailpartenaires.bench.HabitatListBenchmark.Machine;
import fr.portailpartenaires.bench.PairedRounds.Endpoint;
import fr.portailpartenaires.bench.PairedRounds.Pair;
import fr.portailpartenaires.bench.PortalUnderTest.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The orders list page on 1,000,000 orders (issue 18): {@code GET /services/habitat/commandes}, the « Commandes des
 * interventions » page of 20 rows, against the JSON list {@code GET /api/habitat/commandes}, first page and 100,000
 * rows deep, in the same run ({@link PairedRounds}: page and JSON in turn): requests/s and latencies at concurrency
 * 4 ({@code bench.pageConcurrency}), then latencies one request at a time. Targets: page ≥ 0.8 × the JSON list's
 * requests/s, page p95 ≤ 15 ms (reported for both loads).
 *
 * <p>The database is the Habitat list benchmark's ({@link HabitatListBenchmark#onPostgres},
 * {@link HabitatListBenchmark#loadOrders}: embedded PostgreSQL, 1,000,000 orders, 200,000 of them in Lea62's
 * convention 757310). The portal runs as in production, in its own JVM ({@link PortalUnderTest}: the runnable jar,
 * {@code @bootstrap/portail.jvmopts}) on that database, which it migrates and fills with its demo data before the
 * orders are loaded. One session, Lea62's ({@code POST /api/session}, then 757310 selected with
 * {@code PUT /api/session/convention}), is used by every request. The cursor 100,000 rows deep is reached by walking
 * the JSON list with its own {@code curseurSuivant} (pages of 100, each row seen once); the pages' « Page
 * suivante » links must carry the same cursors as the JSON list's {@code curseurSuivant}.
 *
 * <p>Argument: the repository root. Settings: those of {@link HabitatListBenchmark}'s data ({@code bench.orders},
 * {@code bench.bigConvention}, {@code bench.depth}: here the depth of the deep page) and of the load
 * ({@link PairedRounds}); the service's JVM options ({@code BENCH_SERVICE_JVM_OPTS}). Results:
 * {@code bench/target/habitat-pages-results.md}; the service's output and GC log: {@code bench/target/habitat-portal*.log}.
 */
public final class HabitatPageBenchmark {

    private static final int DEPTH = Integer.getInteger("bench.depth", 100_000);
    private static final int WALK_PAGE = 100;
    private static final int PAGE = 20;
    private static final double P95_TARGET_MS = 15;
    private static final String LEA62 = "{\"login\":\"Lea62\",\"motDePasse\":\"Flandres62\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = PortalUnderTest.client();
    private final Report report = new Report();

    private HabitatPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        new HabitatPageBenchmark().run(root);
    }

    private void run(Path root) throws Exception {
        long started = System.nanoTime();
        Path logs = Files.createDirectories(root.resolve("bench/target"));
        HabitatListBenchmark.onPostgres(postgres -> {
            log("Starting the portal in its own JVM on it (migrations + demo data)");
            try (PortalUnderTest portal = PortalUnderTest.start(root, PortalUnderTest.jvmOptions(root), logs,
                    "habitat-portal", postgres.dataDir().resolve("portal-data"), postgres.portalSettings());
                    HikariDataSource pool = postgres.pool(3)) {
                long service = portal.process().pid();
                Machine machine = new Machine(postgres.postmaster(), service);
                Dataset data = HabitatListBenchmark.loadOrders(pool, machine, LocalDate.now(ZoneOffset.UTC));
                measure(portal, postgres, data, logs, started);
            }
        });
    }

    private void measure(PortalUnderTest portal, HabitatListBenchmark.Postgres postgres, Dataset data, Path logs,
            long started) throws Exception {
        URI base = portal.base();
        Session session = PortalUnderTest.session(client, portal.loginRequest(LEA62));
        PortalUnderTest.ok(client, HttpRequest.newBuilder(base.resolve("api/session/convention"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-CSRF-Token", session.csrfToken()).header("Cookie", session.cookie())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"convention\":\"" + data.big() + "\"}")).build());
        String cookie = session.cookie();

        // the cursor DEPTH rows deep, by the JSON list's own curseurSuivant
        long walkStart = System.nanoTime();
        String deepCursor = walk(base, cookie, DEPTH);
        double walkSeconds = (System.nanoTime() - walkStart) / 1e9;
        log(String.format(Locale.ROOT, "Walked %,d rows of the JSON list in %.1f s", DEPTH, walkSeconds));
        JsonNode firstJson = json(base, "api/habitat/commandes", cookie);
        JsonNode deepJson = json(base, "api/habitat/commandes?curseur=" + deepCursor, cookie);

        PairedRounds load = PairedRounds.fromSettings(client, () -> CpuSnapshot.take(portal.process().pid(),
                postgres.postmaster()), 20);
        PairedRounds oneAtATime = load.atConcurrency(1, Duration.ZERO);
        List<Pair> pairs = pairs(base, cookie, firstJson, deepCursor, deepJson);
        List<Pair> onePairs = pairs(base, cookie, firstJson, deepCursor, deepJson);
        for (List<Pair> each : List.of(pairs, onePairs)) {
            check(load, each.getFirst(), firstJson, logs.resolve("habitat-page-first.html"));
            check(load, each.getLast(), deepJson, logs.resolve("habitat-page-deep.html"));
        }
        load.run(pairs);
        oneAtATime.run(onePairs);

        report.context();
        report.line("Service started with: `java " + portal.startCommand() + "`");
        report.line(postgres.version() + " (io.zonky embedded), settings " + postgres.settings());
        report.line(String.format(Locale.ROOT, "Data: %,d orders (+ the demo's), %,d certificates, %,d decisions, loaded"
                        + " in %.1f s (other processes %s), VACUUM ANALYZE + CHECKPOINT %.1f s; Lea62's convention 757310"
                        + " holds %,d orders (open files, the default list: by date de commande ascending)",
                data.loaded().orders(), data.loaded().certificates(), data.loaded().decisions(),
                data.loaded().millis() / 1000.0, percent(data.loadDisturbance()), data.analyzeMillis() / 1000.0,
                Integer.getInteger("bench.bigConvention", 200_000)));
        report.line(String.format(Locale.ROOT, "Deep cursor: the JSON list walked by its `curseurSuivant`, %,d pages of"
                + " %d, %,d different rows, in %.1f s; the deep pages are rows %,d–%,d", DEPTH / WALK_PAGE, WALK_PAGE,
                DEPTH, walkSeconds, DEPTH + 1, DEPTH + PAGE));
        report.line("Load: " + load.describe() + "; then " + oneAtATime.describe());
        report.line(PairedRounds.othersShares(pairs) + "; one at a time: " + PairedRounds.othersSharesOf(onePairs));
        report.line("");
        report.tableHeader();
        for (Pair pair : pairs) {
            load.throughputRows(report, pair);
            p95Row(pair, load.concurrency());
        }
        for (Pair pair : onePairs) {
            oneAtATime.endpointRows(report, pair);
            p95Row(pair, 1);
        }
        report.row("Service GC pauses over the whole run: count, total (longest)",
                Report.gcPauses(logs.resolve("habitat-portal-gc.log")), "", "");
        report.line("");
        report.line(String.format(Locale.ROOT, "Whole run %.0f s", (System.nanoTime() - started) / 1e9));
        report.printAndWrite(logs.resolve("habitat-pages-results.md"));
    }

    /** The page against the JSON list, first page and deep page, as a browser asks (the checks: the same rows). */
    private static List<Pair> pairs(URI base, String cookie, JsonNode firstJson, String deepCursor, JsonNode deepJson) {
        String page = PageTransfer.HTML_ACCEPT;
        String api = "application/json";
        String deep = String.format(Locale.ROOT, "%,d rows deep", DEPTH);
        return List.of(
                new Pair("page / JSON, first page",
                        new Endpoint("GET /services/habitat/commandes (page, first page)",
                                get(base, "services/habitat/commandes", page, cookie), nextLink(firstJson)),
                        new Endpoint("GET /api/habitat/commandes (JSON, first page)",
                                get(base, "api/habitat/commandes", api, cookie), firstId(firstJson))),
                new Pair("page / JSON, " + deep,
                        new Endpoint("GET /services/habitat/commandes?curseur=… (page, " + deep + ")",
                                get(base, "services/habitat/commandes?curseur=" + deepCursor, page, cookie), nextLink(deepJson)),
                        new Endpoint("GET /api/habitat/commandes?curseur=… (JSON, " + deep + ")",
                                get(base, "api/habitat/commandes?curseur=" + deepCursor, api, cookie),
                                firstId(deepJson))));
    }

    /**
     * The page and the JSON list answer 200 with the same rows: each row of the JSON list is in the page (its id is in
     * the row's links), and the page's « Page suivante » carries the JSON list's {@code curseurSuivant}.
     */
    private static void check(PairedRounds load, Pair pair, JsonNode list, Path htmlFile) throws Exception {
        String html = load.check(pair.page());
        Files.writeString(htmlFile, html);
        for (JsonNode row : list.path("commandes")) {
            if (!html.contains(row.path("id").asText())) {
                throw new IllegalStateException(pair.page().label + " lacks the row " + row.path("id").asText());
            }
        }
        if (list.path("commandes").size() != PAGE) {
            throw new IllegalStateException(pair.api().label + " answered " + list.path("commandes").size() + " rows");
        }
        load.check(pair.api());
    }

    /** The page's p95 against the target, the JSON list's beside it. */
    private void p95Row(Pair pair, int concurrency) {
        Load.Result page = pair.page().merged();
        report.row("**Page p95, " + pair.name().substring(pair.name().indexOf(", ") + 2) + ", concurrency " + concurrency
                        + "** (JSON p95)", "**" + latency(page, 95) + " ms** (" + latency(pair.api().merged(), 95) + " ms)",
                "≤ " + (int) P95_TARGET_MS + " ms", met(page.percentileMillis(95) <= P95_TARGET_MS));
    }

    /** Walks the JSON list (pages of 100) until {@code rows} rows were read, each once; answers the next cursor. */
    private String walk(URI base, String cookie, int rows) throws Exception {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        while (seen.size() < rows) {
            JsonNode answer = json(base, "api/habitat/commandes?limite=" + Math.min(WALK_PAGE, rows - seen.size())
                    + (cursor == null ? "" : "&curseur=" + cursor), cookie);
            for (JsonNode row : answer.path("commandes")) {
                if (!seen.add(row.path("id").asText())) {
                    throw new IllegalStateException("The JSON list showed the row " + row.path("id") + " twice");
                }
            }
            cursor = answer.path("curseurSuivant").asText(null);
            if (cursor == null) {
                throw new IllegalStateException("The JSON list ended after " + seen.size() + " rows");
            }
        }
        return cursor;
    }

    private JsonNode json(URI base, String path, String cookie) throws Exception {
        HttpResponse<byte[]> answer = PortalUnderTest.ok(client, HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").header("Cookie", cookie).GET()
                .build());
        return JSON.readTree(answer.body());
    }

    private static String firstId(JsonNode list) {
        return list.path("commandes").path(0).path("id").asText();
    }

    /** The page's « Page suivante » link: the same cursor as the JSON list's {@code curseurSuivant}. */
    private static String nextLink(JsonNode list) {
        String cursor = list.path("curseurSuivant").asText();
        if (cursor.isEmpty()) {
            throw new IllegalStateException("The JSON list has no next page: " + list);
        }
        return "curseur=" + cursor;
    }
}
