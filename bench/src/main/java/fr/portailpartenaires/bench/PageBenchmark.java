package fr.portailpartenaires.bench;

import static fr.portailpartenaires.bench.PairedRounds.get;
import static fr.portailpartenaires.bench.Report.log;
import static fr.portailpartenaires.bench.Report.met;

import fr.portailpartenaires.bench.PairedRounds.Endpoint;
import fr.portailpartenaires.bench.PairedRounds.Pair;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Argument: the repository root. Settings (system properties): those of the load, {@link PairedRounds}
 * ({@code bench.pageConcurrency}, {@code bench.pageWarmupSeconds}, {@code bench.pageRounds},
 * {@code bench.pageRoundSeconds}, {@code bench.pageAcceptEncoding}); the service's JVM options as for
 * {@link LoginBenchmark} ({@code BENCH_SERVICE_JVM_OPTS}).
 */
public final class PageBenchmark {

    private static final String HTML_ACCEPT = PageTransfer.HTML_ACCEPT;
    private static final int FIRST_VISIT_LIMIT = 100_000;
    private static final int REPEAT_VISIT_LIMIT = 20_000;

    private final HttpClient client = PortalUnderTest.client();
    private final Report report = new Report();

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        new PageBenchmark().run(root);
    }

    private void run(Path root) throws Exception {
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
            PairedRounds load = PairedRounds.fromSettings(client, () -> CpuSnapshot.take(process.pid()), 8);
            for (Pair pair : pairs) {
                for (Endpoint endpoint : pair.members()) {
                    load.check(endpoint);
                }
            }
            load.run(pairs);

            PageTransfer transfer = new PageTransfer(base);
            List<PageTransfer.Resource> firstVisit = transfer.firstVisit("/connexion");
            PageTransfer.Resource repeatVisit = transfer.repeatVisit("/connexion");

            report.context();
            report.line("Service started with: `java " + portal.startCommand() + "`");
            report.line("Load: " + load.describe());
            report.line(PairedRounds.othersShares(pairs));
            report.line("");
            report.tableHeader();
            for (Pair pair : pairs) {
                load.throughputRows(report, pair);
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

    /** The anonymous form token cookie a visitor's first page sets ({@code portail_csrf=…}), sent back by browsers. */
    private String anonymousCookie(URI base) throws IOException, InterruptedException {
        HttpResponse<byte[]> first = PortalUnderTest.ok(client, get(base, "", HTML_ACCEPT, ""));
        String cookie = first.headers().firstValue("Set-Cookie").orElse("");
        return cookie.startsWith("portail_csrf=") ? cookie.substring(0, cookie.indexOf(';')) : "";
    }
}
