package fr.portailpartenaires.bench;

import static fr.portailpartenaires.bench.Report.format;
import static fr.portailpartenaires.bench.Report.latency;
import static fr.portailpartenaires.bench.Report.log;
import static fr.portailpartenaires.bench.Report.met;
import static fr.portailpartenaires.bench.Report.percent;
import static fr.portailpartenaires.bench.Report.perRequest;
import static fr.portailpartenaires.bench.Report.ratio;
import static fr.portailpartenaires.bench.Report.summary;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pages' benchmark of issue 17, on the running service (the runnable jar with the demo data, started once):
 *
 * <ol>
 *   <li>requests/s at concurrency 4 of two pages against a JSON answer, in the same run, the pair's members taking
 *       turns (rounds A B, then B A, …) so that the machine's noise falls on both: {@code GET /bienvenue} (logged
 *       in, the demo partner administrator's session) against {@code GET /api/partenaire} with the same session,
 *       and {@code GET /} (Accueil, anonymous) against {@code GET /health}; target: page ≥ 0.8 × its API;</li>
 *   <li>the bytes a browser downloads for a first visit of {@code /connexion} (the page and all it loads,
 *       {@link PageTransfer}), target ≤ 100 kB, and for a repeat visit, when every asset may be kept a year
 *       ({@code immutable}): the HTML only, target &lt; 20 kB (1 kB = 1,000 bytes).</li>
 * </ol>
 *
 * Every request is sent as a browser sends it: {@code Accept: text/html…} for a page, {@code Accept-Encoding: gzip},
 * and the cookies the site set (the session cookie; the anonymous form token {@code portail_csrf} that the first
 * page gave). Prints a Markdown table (also written to {@code bench/target/pages-results.md}).
 *
 * <p>Argument: the repository root. Settings (system properties): {@code bench.pageConcurrency} (4),
 * {@code bench.pageWarmupSeconds} (8, per endpoint), {@code bench.pageRounds} (4), {@code bench.pageRoundSeconds}
 * (3, per endpoint and round), {@code bench.pageAcceptEncoding} ({@code gzip}; empty: the load asks for no
 * compression, to tell what compressing the pages costs); the service's JVM options as for {@link LoginBenchmark}
 * ({@code BENCH_SERVICE_JVM_OPTS}).
 */
public final class PageBenchmark {

    private static final String HTML_ACCEPT = PageTransfer.HTML_ACCEPT;
    /** What the load's requests accept ({@code bench.pageAcceptEncoding}; empty: no compression, to tell its cost). */
    private static final String ACCEPT_ENCODING = System.getProperty("bench.pageAcceptEncoding", "gzip");
    private static final double RATIO_TARGET = 0.8;
    private static final int FIRST_VISIT_LIMIT = 100_000;
    private static final int REPEAT_VISIT_LIMIT = 20_000;

    /** A request of the load, the text its (decoded) answer must hold, and what the runs of it gave. */
    private static final class Endpoint {
        final String label;
        final HttpRequest request;
        final String mustContain;
        final List<Load.Result> runs = new ArrayList<>();
        final List<Double> othersShares = new ArrayList<>();
        Duration serverCpu = Duration.ZERO;
        int encodedBytes;
        int decodedBytes;
        String contentEncoding = "";

        Endpoint(String label, HttpRequest request, String mustContain) {
            this.label = label;
            this.request = request;
            this.mustContain = mustContain;
        }

        Load.Result merged() {
            return Load.Result.merged(runs);
        }
    }

    private record Pair(String name, Endpoint page, Endpoint api) {
        List<Endpoint> members() {
            return List.of(page, api);
        }
    }

    private final HttpClient client = PortalUnderTest.client();
    private final Report report = new Report();

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        new PageBenchmark().run(root);
    }

    private void run(Path root) throws Exception {
        int concurrency = Integer.getInteger("bench.pageConcurrency", 4);
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.pageWarmupSeconds", 8));
        int rounds = Integer.getInteger("bench.pageRounds", 4);
        Duration roundTime = Duration.ofSeconds(Integer.getInteger("bench.pageRoundSeconds", 3));
        Path logs = Files.createDirectories(root.resolve("bench/target"));
        Path work = Files.createTempDirectory("portail-page-bench");
        List<String> jvmOptions = PortalUnderTest.jvmOptions(root);
        try (PortalUnderTest portal = PortalUnderTest.start(root, jvmOptions, logs, "pages-portal", work.resolve("data"))) {
            ServiceProcess process = portal.process();
            URI base = portal.base();
            log("Service ready, pid " + process.pid() + ", " + base);

            String session = PortalUnderTest.login(client, portal.loginRequest());
            String anonymous = anonymousCookie(base);
            List<Pair> pairs = List.of(
                    new Pair("Bienvenue / API",
                            new Endpoint("GET /bienvenue (logged in)", get(base, "bienvenue", HTML_ACCEPT, session),
                                    "Connecté en tant que"),
                            new Endpoint("GET /api/partenaire (same session)",
                                    get(base, "api/partenaire", "application/json", session), "Association Ciel Bleu")),
                    new Pair("Accueil / health",
                            new Endpoint("GET / (Accueil, anonymous)", get(base, "", HTML_ACCEPT, anonymous), "Se connecter"),
                            new Endpoint("GET /health", get(base, "health", "application/json", ""), "\"UP\"")));
            for (Pair pair : pairs) {
                for (Endpoint endpoint : pair.members()) {
                    check(endpoint);
                }
            }
            for (Pair pair : pairs) {
                for (Endpoint endpoint : pair.members()) {
                    Load.warmUp(concurrency, warmUp, () -> PortalUnderTest.ok(client, endpoint.request));
                    log("Warmed up " + endpoint.label + " for " + warmUp.toSeconds() + " s");
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (Pair pair : pairs) {
                    // A B in even rounds, B A in odd ones: a drift of the machine falls on both members alike
                    List<Endpoint> order = round % 2 == 0 ? pair.members() : pair.members().reversed();
                    for (Endpoint endpoint : order) {
                        measure(process, endpoint, concurrency, roundTime);
                    }
                }
            }
            for (Pair pair : pairs) {
                for (Endpoint endpoint : pair.members()) {
                    log(endpoint.label + ": " + summary(endpoint.merged()) + ", server CPU "
                            + perRequest(endpoint.serverCpu, endpoint.merged()) + " ms/request");
                }
            }

            PageTransfer transfer = new PageTransfer(base);
            List<PageTransfer.Resource> firstVisit = transfer.firstVisit("/connexion");
            PageTransfer.Resource repeatVisit = transfer.repeatVisit("/connexion");

            report.context();
            report.line("Service started with: `java " + portal.startCommand() + "`");
            report.line("Load: concurrency " + concurrency + ", " + warmUp.toSeconds() + " s of warm-up per endpoint, then "
                    + rounds + " rounds of " + roundTime.toSeconds() + " s per endpoint, the members of each pair in turn"
                    + " (A B, B A, …); requests as a browser's (Accept, the site's cookies), Accept-Encoding: "
                    + (ACCEPT_ENCODING.isEmpty() ? "none (the pages uncompressed)" : ACCEPT_ENCODING));
            report.line("CPU taken by other processes of the machine while each endpoint was measured (mean of its rounds,"
                    + " share of all CPUs): " + String.join(", ", pairs.stream()
                            .flatMap(pair -> pair.members().stream())
                            .map(e -> e.label + " " + percent(e.othersShares.stream().mapToDouble(d -> d).average().orElse(0)))
                            .toList()));
            report.line("");
            report.tableHeader();
            for (Pair pair : pairs) {
                throughput(pair, rounds);
            }
            report.row("Service GC pauses over the whole run: count, total (longest)",
                    Report.gcPauses(logs.resolve("pages-portal-gc.log")), "", "");
            transferRows(firstVisit, repeatVisit);
            report.line("");
            report.line("Resources of the first visit of /connexion (bytes as received: headers + body as sent, compressed;"
                    + " decoded = after gzip):");
            report.line("");
            report.line("| Resource | Kind | Status | Encoding | Headers | Body on the wire | Decoded | Cache-Control |");
            report.line("|---|---|---|---|---|---|---|---|");
            for (PageTransfer.Resource resource : firstVisit) {
                resourceRow(resource);
            }
            report.line("| **Repeat visit:** " + repeatVisit.path() + " | HTML | " + repeatVisit.status() + " | "
                    + repeatVisit.contentEncoding() + " | " + repeatVisit.headerBytes() + " | " + repeatVisit.bodyBytes()
                    + " | " + repeatVisit.decodedBytes() + " | " + repeatVisit.cacheControl() + " |");
            report.printAndWrite(logs.resolve("pages-results.md"));
        } finally {
            Report.deleteQuietly(work);
        }
    }

    private void throughput(Pair pair, int rounds) {
        for (Endpoint endpoint : pair.members()) {
            Load.Result all = endpoint.merged();
            report.row(endpoint.label + ", " + all.requests() + " requests: req/s (p50 / p95)",
                    format(all.perSecond()) + " (" + latency(all, 50) + " / " + latency(all, 95) + " ms)", "", "");
        }
        report.row("Server CPU per request (user + system): page / API",
                perRequest(pair.page().serverCpu, pair.page().merged()) + " / "
                        + perRequest(pair.api().serverCpu, pair.api().merged()) + " ms", "", "");
        report.row("Answer body as sent: page; API", size(pair.page()) + "; " + size(pair.api()), "", "");
        double overall = pair.page().merged().perSecond() / pair.api().merged().perSecond();
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (int round = 0; round < rounds; round++) {
            double one = pair.page().runs.get(round).perSecond() / pair.api().runs.get(round).perSecond();
            lowest = Math.min(lowest, one);
            highest = Math.max(highest, one);
        }
        report.row("**Ratio " + pair.name() + "** (req/s; per round: lowest–highest)",
                "**" + ratio(overall) + "** (" + ratio(lowest) + "–" + ratio(highest) + ")",
                "≥ " + RATIO_TARGET, met(overall >= RATIO_TARGET));
    }

    private static String size(Endpoint endpoint) {
        return endpoint.encodedBytes + " B" + (endpoint.contentEncoding.isEmpty() ? ""
                : " (" + endpoint.contentEncoding + " of " + endpoint.decodedBytes + " B)");
    }

    private void transferRows(List<PageTransfer.Resource> firstVisit, PageTransfer.Resource repeatVisit) {
        int total = firstVisit.stream().mapToInt(PageTransfer.Resource::wireBytes).sum();
        int bodies = firstVisit.stream().mapToInt(PageTransfer.Resource::bodyBytes).sum();
        int decoded = firstVisit.stream().mapToInt(PageTransfer.Resource::decodedBytes).sum();
        report.row("First visit of /connexion: " + firstVisit.size() + " responses, bytes received (bodies as sent"
                        + " + headers); decoded bodies", kB(total) + " (" + kB(bodies) + " + " + kB(total - bodies) + "); "
                        + kB(decoded), "≤ 100 kB", met(total <= FIRST_VISIT_LIMIT));
        List<PageTransfer.Resource> assets = firstVisit.stream()
                .filter(resource -> resource.status() == 200 && !resource.kind().equals("HTML")).toList();
        List<String> notCached = assets.stream().filter(resource -> !resource.cachedForAYear())
                .map(PageTransfer.Resource::path).toList();
        report.row("Assets of the first visit kept a year (`immutable`, max-age ≥ 31536000)",
                (assets.size() - notCached.size()) + " of " + assets.size()
                        + (notCached.isEmpty() ? "" : "; not: " + String.join(", ", notCached)), "all",
                met(notCached.isEmpty()));
        report.row("Repeat visit of /connexion: the HTML only, bytes received (body as sent + headers)",
                kB(repeatVisit.wireBytes()) + " (" + kB(repeatVisit.bodyBytes()) + " + "
                        + kB(repeatVisit.headerBytes()) + ")", "< 20 kB",
                met(repeatVisit.status() == 200 && notCached.isEmpty() && repeatVisit.wireBytes() < REPEAT_VISIT_LIMIT));
    }

    private void resourceRow(PageTransfer.Resource resource) {
        report.line("| " + resource.path() + " | " + resource.kind() + " | " + resource.status() + " | "
                + (resource.contentEncoding().isEmpty() ? "none" : resource.contentEncoding()) + " | "
                + resource.headerBytes() + " | " + resource.bodyBytes() + " | " + resource.decodedBytes() + " | "
                + resource.cacheControl() + " |");
    }

    private static String kB(int bytes) {
        return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
    }

    /** One measured run of an endpoint: its load, the service's CPU and what other processes took meanwhile. */
    private void measure(ServiceProcess process, Endpoint endpoint, int concurrency, Duration time)
            throws IOException, InterruptedException {
        Duration cpu = process.cpuTime();
        CpuSnapshot machine = CpuSnapshot.take(process.pid());
        endpoint.runs.add(Load.duration(concurrency, time, () -> PortalUnderTest.ok(client, endpoint.request)));
        endpoint.othersShares.add(CpuSnapshot.take(process.pid()).othersShareSince(machine));
        endpoint.serverCpu = endpoint.serverCpu.plus(process.cpuTime().minus(cpu));
    }

    /** The answer of the endpoint, once: 200, the expected content (decoded), and its sizes. */
    private void check(Endpoint endpoint) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = PortalUnderTest.ok(client, endpoint.request);
        endpoint.contentEncoding = response.headers().firstValue("Content-Encoding").orElse("");
        endpoint.encodedBytes = response.body().length;
        byte[] decoded = endpoint.contentEncoding.contains("gzip") ? PageTransfer.gunzip(response.body()) : response.body();
        endpoint.decodedBytes = decoded.length;
        String text = new String(decoded, StandardCharsets.UTF_8);
        if (!text.contains(endpoint.mustContain)) {
            throw new IllegalStateException(endpoint.label + " answered without « " + endpoint.mustContain + " »: " + text);
        }
        log(endpoint.label + ": 200, " + size(endpoint));
    }

    /** The anonymous form token cookie a visitor's first page sets ({@code portail_csrf=…}), sent back by browsers. */
    private String anonymousCookie(URI base) throws IOException, InterruptedException {
        HttpResponse<byte[]> first = PortalUnderTest.ok(client, get(base, "", HTML_ACCEPT, ""));
        String cookie = first.headers().firstValue("Set-Cookie").orElse("");
        return cookie.startsWith("portail_csrf=") ? cookie.substring(0, cookie.indexOf(';')) : "";
    }

    private static HttpRequest get(URI base, String path, String accept, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept).GET();
        if (!ACCEPT_ENCODING.isEmpty()) {
            request.header("Accept-Encoding", ACCEPT_ENCODING);
        }
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return request.build();
    }
}
