package fr.portailpartenaires.bench;

import static fr.portailpartenaires.bench.Report.format;
import static fr.portailpartenaires.bench.Report.latency;
import static fr.portailpartenaires.bench.Report.log;
import static fr.portailpartenaires.bench.Report.percent;
import static fr.portailpartenaires.bench.Report.ratio;
import static fr.portailpartenaires.bench.Report.summary;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages against their JSON API, requests/s in the same run (issues 17 and 18): each endpoint of each pair is
 * warmed up, then measured in rounds under the same closed-loop load ({@link Load}), the members of a pair taking
 * turns — A B in even rounds, B A in odd ones — so that a change of the machine's load falls on both. Around each
 * measured run: the service's CPU time, its database's (when that is a process of its own) and the share of the
 * CPUs other processes took ({@link CpuSnapshot}). Requests are sent as a browser sends them ({@link #get}).
 *
 * <p>Settings (system properties, shared by the benchmarks that use it): {@code bench.pageConcurrency} (4),
 * {@code bench.pageWarmupSeconds} (per endpoint; the benchmark's default: 8 for the pages of issue 17, 20 for the
 * Habitat list page), {@code bench.pageRounds} (4), {@code bench.pageRoundSeconds}
 * (3, per endpoint and round), {@code bench.pageAcceptEncoding} ({@code gzip}; empty: the load asks for no
 * compression, to tell what compressing the pages costs).
 */
final class PairedRounds {

    /** What the load's requests accept ({@code bench.pageAcceptEncoding}; empty: no compression, to tell its cost). */
    static final String ACCEPT_ENCODING = System.getProperty("bench.pageAcceptEncoding", "gzip");
    static final double RATIO_TARGET = 0.8;

    /** A request of the load, the text its (decoded) answer must hold, and what the runs of it gave. */
    static final class Endpoint {
        final String label;
        final HttpRequest request;
        final String mustContain;
        final List<Load.Result> runs = new ArrayList<>();
        final List<Double> othersShares = new ArrayList<>();
        long serverTicks;
        long databaseTicks;
        long benchTicks;
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

        /** The answer body as sent: its size, and its encoding and decoded size when compressed. */
        String size() {
            return encodedBytes + " B" + (contentEncoding.isEmpty() ? "" : " (" + contentEncoding + " of "
                    + decodedBytes + " B)");
        }

        double othersShare() {
            return othersShares.stream().mapToDouble(d -> d).average().orElse(0);
        }
    }

    /** A page and the API it is compared with. */
    record Pair(String name, Endpoint page, Endpoint api) {
        List<Endpoint> members() {
            return List.of(page, api);
        }

        /** Requests/s of the page over all its rounds ÷ the API's. */
        double ratio() {
            return page.merged().perSecond() / api.merged().perSecond();
        }
    }

    /** A snapshot of the CPU times of the machine and of the processes under test. */
    @FunctionalInterface
    interface Cpu {
        CpuSnapshot take() throws IOException;
    }

    private final HttpClient client;
    private final Cpu cpu;
    private final int concurrency;
    private final Duration warmUp;
    private final int rounds;
    private final Duration roundTime;

    private PairedRounds(HttpClient client, Cpu cpu, int concurrency, Duration warmUp, int rounds,
            Duration roundTime) {
        this.client = client;
        this.cpu = cpu;
        this.concurrency = concurrency;
        this.warmUp = warmUp;
        this.rounds = rounds;
        this.roundTime = roundTime;
    }

    /** The load of the settings, {@code bench.pageWarmupSeconds} defaulting to {@code defaultWarmupSeconds}. */
    static PairedRounds fromSettings(HttpClient client, Cpu cpu, int defaultWarmupSeconds) {
        return new PairedRounds(client, cpu, Integer.getInteger("bench.pageConcurrency", 4),
                Duration.ofSeconds(Integer.getInteger("bench.pageWarmupSeconds", defaultWarmupSeconds)),
                Integer.getInteger("bench.pageRounds", 4),
                Duration.ofSeconds(Integer.getInteger("bench.pageRoundSeconds", 3)));
    }

    /** The same rounds at another concurrency, after {@code warmUp} per endpoint (zero: none). */
    PairedRounds atConcurrency(int otherConcurrency, Duration otherWarmUp) {
        return new PairedRounds(client, cpu, otherConcurrency, otherWarmUp, rounds, roundTime);
    }

    int concurrency() {
        return concurrency;
    }

    /** A GET as a browser sends it: this {@code Accept}, {@code Accept-Encoding} and the site's cookies, if any. */
    static HttpRequest get(URI base, String path, String accept, String cookie) {
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

    /** The answer of the endpoint, once: 200, the expected content (answered, decoded), and its sizes. */
    String check(Endpoint endpoint) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = PortalUnderTest.ok(client, endpoint.request);
        endpoint.contentEncoding = response.headers().firstValue("Content-Encoding").orElse("");
        endpoint.encodedBytes = response.body().length;
        byte[] decoded = endpoint.contentEncoding.contains("gzip") ? PageTransfer.gunzip(response.body()) : response.body();
        endpoint.decodedBytes = decoded.length;
        String text = new String(decoded, StandardCharsets.UTF_8);
        if (!text.contains(endpoint.mustContain)) {
            throw new IllegalStateException(endpoint.label + " answered without « " + endpoint.mustContain + " »: " + text);
        }
        log(endpoint.label + ": 200, " + endpoint.size());
        return text;
    }

    /** Warms every endpoint up, then measures the rounds; logs each endpoint's summary. */
    void run(List<Pair> pairs) throws IOException, InterruptedException {
        for (Pair pair : pairs) {
            for (Endpoint endpoint : pair.members()) {
                if (!warmUp.isZero()) {
                    Load.warmUp(concurrency, warmUp, () -> PortalUnderTest.ok(client, endpoint.request));
                    log("Warmed up " + endpoint.label + " for " + warmUp.toSeconds() + " s");
                }
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (Pair pair : pairs) {
                // A B in even rounds, B A in odd ones: a drift of the machine falls on both members alike
                List<Endpoint> order = round % 2 == 0 ? pair.members() : pair.members().reversed();
                for (Endpoint endpoint : order) {
                    measure(endpoint);
                }
            }
        }
        for (Pair pair : pairs) {
            for (Endpoint endpoint : pair.members()) {
                log(endpoint.label + ", concurrency " + concurrency + ": " + summary(endpoint.merged()) + ", server CPU "
                        + perRequest(endpoint.serverTicks, endpoint.merged()) + " ms/request");
            }
        }
    }

    /** One measured run of an endpoint: its load, the CPU times and what other processes took meanwhile. */
    private void measure(Endpoint endpoint) throws IOException, InterruptedException {
        CpuSnapshot before = cpu.take();
        endpoint.runs.add(Load.duration(concurrency, roundTime, () -> PortalUnderTest.ok(client, endpoint.request)));
        CpuSnapshot after = cpu.take();
        endpoint.othersShares.add(after.othersShareSince(before));
        endpoint.serverTicks += after.server() - before.server();
        endpoint.databaseTicks += after.database() - before.database();
        endpoint.benchTicks += after.bench() - before.bench();
    }

    /** The load, for the report. */
    String describe() {
        return "concurrency " + concurrency + ", " + (warmUp.isZero() ? "no" : warmUp.toSeconds() + " s of")
                + " warm-up per endpoint, then " + rounds
                + " rounds of " + roundTime.toSeconds() + " s per endpoint, the members of each pair in turn"
                + " (A B, B A, …); requests as a browser's (Accept, the site's cookies), Accept-Encoding: "
                + (ACCEPT_ENCODING.isEmpty() ? "none (the pages uncompressed)" : ACCEPT_ENCODING);
    }

    /** The share of the CPUs other processes took while each endpoint was measured, for the report. */
    static String othersShares(List<Pair> pairs) {
        return "CPU taken by other processes of the machine while each endpoint was measured (mean of its rounds,"
                + " share of all CPUs): " + othersSharesOf(pairs);
    }

    /** Each endpoint's label and the share of the CPUs other processes took while it was measured. */
    static String othersSharesOf(List<Pair> pairs) {
        return String.join(", ", pairs.stream().flatMap(pair -> pair.members().stream())
                .map(e -> e.label + " " + percent(e.othersShare())).toList());
    }

    /**
     * The rows of a pair: each member's requests/s and latencies, the CPU per request (when the database is a process
     * of its own, its CPU and the load generator's too: the whole machine's cost of a request), the answers' sizes,
     * and the ratio page ÷ API against the target, with the lowest and highest ratio of a single round.
     */
    void throughputRows(Report report, Pair pair) {
        endpointRows(report, pair);
        report.row("Server CPU per request (user + system): page / API",
                perRequest(pair.page().serverTicks, pair.page().merged()) + " / "
                        + perRequest(pair.api().serverTicks, pair.api().merged()) + " ms", "", "");
        if (pair.page().databaseTicks + pair.api().databaseTicks > 0) {
            report.row("Database CPU per request (all its processes): page / API",
                    perRequest(pair.page().databaseTicks, pair.page().merged()) + " / "
                            + perRequest(pair.api().databaseTicks, pair.api().merged()) + " ms", "", "");
            report.row("Load generator CPU per request (the benchmark's JVM): page / API",
                    perRequest(pair.page().benchTicks, pair.page().merged()) + " / "
                            + perRequest(pair.api().benchTicks, pair.api().merged()) + " ms", "", "");
        }
        report.row("Answer body as sent: page; API", pair.page().size() + "; " + pair.api().size(), "", "");
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (int round = 0; round < rounds; round++) {
            double one = pair.page().runs.get(round).perSecond() / pair.api().runs.get(round).perSecond();
            lowest = Math.min(lowest, one);
            highest = Math.max(highest, one);
        }
        report.row("**Ratio " + pair.name() + "** (req/s; per round: lowest–highest)",
                "**" + ratio(pair.ratio()) + "** (" + ratio(lowest) + "–" + ratio(highest) + ")",
                "≥ " + RATIO_TARGET, Report.met(pair.ratio() >= RATIO_TARGET));
    }

    /** Each member's requests/s and latencies. */
    void endpointRows(Report report, Pair pair) {
        for (Endpoint endpoint : pair.members()) {
            Load.Result all = endpoint.merged();
            report.row(endpoint.label + ", " + all.requests() + " requests: req/s (p50 / p95)",
                    format(all.perSecond()) + " (" + latency(all, 50) + " / " + latency(all, 95) + " ms)", "", "");
        }
    }

    /** CPU time per request, in milliseconds. */
    private static String perRequest(long ticks, Load.Result result) {
        return Report.perRequest(Duration.ofMillis(ticks * 1000 / CpuSnapshot.TICKS_PER_SECOND), result);
    }
}
