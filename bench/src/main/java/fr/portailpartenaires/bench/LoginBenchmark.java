package fr.portailpartenaires.bench;

import static fr.portailpartenaires.bench.Report.format;
import static fr.portailpartenaires.bench.Report.latencies;
import static fr.portailpartenaires.bench.Report.latency;
import static fr.portailpartenaires.bench.Report.log;
import static fr.portailpartenaires.bench.Report.mb;
import static fr.portailpartenaires.bench.Report.met;
import static fr.portailpartenaires.bench.Report.percent;
import static fr.portailpartenaires.bench.Report.perRequest;
import static fr.portailpartenaires.bench.Report.summary;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The benchmark of the issue: password logins per second at concurrency 1 and 4 over HTTP on the
 * running service (Argon2id as configured: OWASP m=19 MiB, t=2, p=1), the service's resident memory
 * after the run, and {@code GET /api/partenaire} against a bare Javalin + jOOQ handler running the
 * same SQL ({@link BarePartnerServer}). Prints a Markdown table; method and results in docs/benchmarks.md.
 *
 * <p>Argument: the repository root (holding {@code bootstrap/target/portail.jar}). Settings
 * (system properties): {@code bench.warmupLogins} (30), {@code bench.logins1} (200),
 * {@code bench.logins4} (400), {@code bench.readWarmupSeconds} (30), {@code bench.readSeconds} (10);
 * the two servers' JVM options come from the environment variable {@code BENCH_SERVICE_JVM_OPTS}
 * ({@code @bootstrap/portail.jvmopts} by default: the options {@code ./portail run} starts the service with).
 */
public final class LoginBenchmark {

    private static final Pattern BARE_READY = Pattern.compile("BARE READY port=(\\d+) session=(\\S+) partner=(\\S+)");

    private final HttpClient client = PortalUnderTest.client();
    private final Report report = new Report();
    private String startCommand = "";
    private String gcPauses = "";
    private final List<String> disturbance = new ArrayList<>();
    private String loginCpu1 = "";
    private String loginCpu4 = "";
    private String portalReadCpu = "";
    private String bareReadCpu = "";

    private LoginBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        new LoginBenchmark().run(root);
    }

    private void run(Path root) throws Exception {
        Path logs = Files.createDirectories(root.resolve("bench/target"));
        Path work = Files.createTempDirectory("portail-bench");
        List<String> jvmOptions = PortalUnderTest.jvmOptions(root);
        String java = PortalUnderTest.java();
        int warmupLogins = Integer.getInteger("bench.warmupLogins", 30);
        int logins1 = Integer.getInteger("bench.logins1", 200);
        int logins4 = Integer.getInteger("bench.logins4", 400);
        Duration readWarmUp = Duration.ofSeconds(Integer.getInteger("bench.readWarmupSeconds", 30));
        Duration readTime = Duration.ofSeconds(Integer.getInteger("bench.readSeconds", 10));
        try {
            Load.Result c1;
            Load.Result c4;
            Load.Result portalRead;
            ServiceProcess.Memory idle;
            ServiceProcess.Memory afterLogins;
            ServiceProcess.Memory afterRun;
            String portalBody;
            try (PortalUnderTest started = PortalUnderTest.start(root, jvmOptions, logs, "portal", work.resolve("portal-data"))) {
                ServiceProcess portal = started.process();
                startCommand = started.startCommand();
                URI base = started.base();
                idle = portal.memory();
                log("Service ready, pid " + portal.pid() + ", " + base + ", RSS " + mb(idle.rssKiB()) + " MB");

                HttpRequest login = started.loginRequest();
                Load.count(1, warmupLogins, () -> login(login));
                log("Warmed up with " + warmupLogins + " logins");
                Duration cpu = portal.cpuTime();
                CpuSnapshot machine = CpuSnapshot.take(portal.pid());
                c1 = Load.count(1, logins1, () -> login(login));
                disturbance.add(percent(CpuSnapshot.take(portal.pid()).othersShareSince(machine)));
                loginCpu1 = perRequest(portal.cpuTime().minus(cpu), c1);
                log("Logins, concurrency 1: " + summary(c1) + ", server CPU " + loginCpu1 + " ms/login");
                cpu = portal.cpuTime();
                machine = CpuSnapshot.take(portal.pid());
                c4 = Load.count(4, logins4, () -> login(login));
                disturbance.add(percent(CpuSnapshot.take(portal.pid()).othersShareSince(machine)));
                loginCpu4 = perRequest(portal.cpuTime().minus(cpu), c4);
                log("Logins, concurrency 4: " + summary(c4) + ", server CPU " + loginCpu4 + " ms/login");
                afterLogins = portal.memory();

                String cookie = login(login);
                HttpRequest read = HttpRequest.newBuilder(base.resolve("api/partenaire"))
                        .timeout(Duration.ofSeconds(30)).header("Cookie", cookie).GET().build();
                portalBody = checkedBody(read);
                Load.warmUp(4, readWarmUp, () -> ok(read));
                cpu = portal.cpuTime();
                machine = CpuSnapshot.take(portal.pid());
                portalRead = Load.duration(4, readTime, () -> ok(read));
                disturbance.add(percent(CpuSnapshot.take(portal.pid()).othersShareSince(machine)));
                portalReadCpu = perRequest(portal.cpuTime().minus(cpu), portalRead);
                log("GET /api/partenaire, concurrency 4: " + summary(portalRead) + ", server CPU " + portalReadCpu + " ms/request");
                afterRun = portal.memory();
                log("Service RSS after the run " + mb(afterRun.rssKiB()) + " MB, peak " + mb(afterRun.peakRssKiB()) + " MB");
            }

            List<String> bareCommand = new ArrayList<>(List.of(java));
            bareCommand.addAll(jvmOptions);
            bareCommand.add("-Xlog:gc:file=" + logs.resolve("bare-gc.log"));
            bareCommand.addAll(List.of("-cp", System.getProperty("java.class.path"), BarePartnerServer.class.getName(),
                    work.resolve("bare-data").toString()));
            Load.Result bareRead;
            Load.Result bareNoSession;
            ServiceProcess.Memory bareMemory;
            String bareBody;
            try (ServiceProcess bare = ServiceProcess.start(bareCommand, Map.of(), logs.resolve("bare.log"), BARE_READY,
                    PortalUnderTest.START_TIMEOUT)) {
                List<String> ready = bare.readyGroups();
                URI base = URI.create("http://127.0.0.1:" + ready.get(0) + "/");
                HttpRequest read = HttpRequest.newBuilder(base.resolve("bare/partner"))
                        .timeout(Duration.ofSeconds(30)).header("Cookie", BarePartnerServer.COOKIE + "=" + ready.get(1))
                        .GET().build();
                bareBody = checkedBody(read);
                Load.warmUp(4, readWarmUp, () -> ok(read));
                Duration cpu = bare.cpuTime();
                CpuSnapshot machine = CpuSnapshot.take(bare.pid());
                bareRead = Load.duration(4, readTime, () -> ok(read));
                disturbance.add(percent(CpuSnapshot.take(bare.pid()).othersShareSince(machine)));
                bareReadCpu = perRequest(bare.cpuTime().minus(cpu), bareRead);
                log("Bare GET /bare/partner (session lookup), concurrency 4: " + summary(bareRead) + ", server CPU "
                        + bareReadCpu + " ms/request");
                HttpRequest readById = HttpRequest.newBuilder(base.resolve("bare/partners/" + ready.get(2)))
                        .timeout(Duration.ofSeconds(30)).GET().build();
                checkedBody(readById);
                // its code is already compiled by the run above (a superset of it): a short warm-up is enough
                Load.warmUp(4, Duration.ofSeconds(2), () -> ok(readById));
                bareNoSession = Load.duration(4, Duration.ofSeconds(5), () -> ok(readById));
                log("Bare GET /bare/partners/{id} (no session lookup), concurrency 4: " + summary(bareNoSession));
                bareMemory = bare.memory();
            }
            log("Portal answer: " + portalBody);
            log("Bare answer:   " + bareBody);

            gcPauses = Report.gcPauses(logs.resolve("portal-gc.log"));
            report(jvmOptions, c1, c4, idle, afterLogins, afterRun, portalRead, bareRead, bareNoSession, bareMemory);
            report.printAndWrite(logs.resolve("results.md"));
        } finally {
            Report.deleteQuietly(work);
        }
    }

    /** One login of the demo account; answers its session cookie ({@code name=value}). */
    private String login(HttpRequest login) throws IOException, InterruptedException {
        return PortalUnderTest.login(client, login);
    }

    private void ok(HttpRequest read) throws IOException, InterruptedException {
        PortalUnderTest.ok(client, read);
    }

    /** The answer of one read, checked to hold the demo partner and its convention. */
    private String checkedBody(HttpRequest read) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(read, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("Association Ciel Bleu")
                || !response.body().contains("757300")) {
            throw new IllegalStateException(read.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private void report(List<String> jvmOptions, Load.Result c1, Load.Result c4, ServiceProcess.Memory idle,
            ServiceProcess.Memory afterLogins, ServiceProcess.Memory afterRun, Load.Result portalRead,
            Load.Result bareRead, Load.Result bareNoSession, ServiceProcess.Memory bareMemory) throws IOException {
        report.context();
        report.line("Servers' JVM options: `" + String.join(" ", jvmOptions) + "`; Argon2id m=19456 KiB, t=2, p=1 (OWASP_MINIMUM)");
        report.line("Service started with: `java " + startCommand + "`");
        report.line("CPU taken by other processes of the machine during the measured phases (logins c=1, c=4, portal read,"
                + " bare read), share of both CPUs: " + String.join(", ", disturbance));
        report.line("");
        report.tableHeader();
        row("Logins/s, concurrency 1 (N=" + c1.requests() + ")", format(c1.perSecond()), "", "");
        row("Login latency, concurrency 1: p50 / p95 / p99", latencies(c1), "p50 ≤ 35 ms",
                met(c1.percentileMillis(50) <= 35));
        row("Logins/s, concurrency 4 (N=" + c4.requests() + ")", format(c4.perSecond()), "≥ 45", met(c4.perSecond() >= 45));
        row("Login latency, concurrency 4: p50 / p95 / p99", latencies(c4), "", "");
        row("Service CPU per login (user + system), concurrency 1 / 4", loginCpu1 + " / " + loginCpu4 + " ms", "", "");
        row("Service GC pauses over the whole run: count, total (longest)", gcPauses, "", "");
        row("Service RSS: idle after start / after logins", mb(idle.rssKiB()) + " / " + mb(afterLogins.rssKiB()) + " MB", "", "");
        row("Service RSS after the run (VmRSS)", mb(afterRun.rssKiB()) + " MB", "< 200 MB",
                met(ServiceProcess.Memory.megabytes(afterRun.rssKiB()) < 200));
        row("Service peak RSS (VmHWM)", mb(afterRun.peakRssKiB()) + " MB", "", "");
        row("GET /api/partenaire, concurrency 4, " + portalRead.requests() + " requests: req/s (p50 / p99)",
                format(portalRead.perSecond()) + " (" + latency(portalRead, 50) + " / " + latency(portalRead, 99) + " ms)",
                "", "");
        row("Bare Javalin + jOOQ, same 3 statements: req/s (p50 / p99)",
                format(bareRead.perSecond()) + " (" + latency(bareRead, 50) + " / " + latency(bareRead, 99) + " ms)",
                "", "");
        row("Server CPU per read (user + system): portal / bare", portalReadCpu + " / " + bareReadCpu + " ms", "", "");
        double ratio = portalRead.perSecond() / bareRead.perSecond();
        row("Ratio portal / bare", Report.ratio(ratio), "≥ 0.9", met(ratio >= 0.9));
        row("Bare without the session lookup (2 statements, 5 s): req/s; portal / it",
                format(bareNoSession.perSecond()) + "; " + Report.ratio(
                        portalRead.perSecond() / bareNoSession.perSecond()), "", "");
        row("Bare server RSS after its run (same JVM options)", mb(bareMemory.rssKiB()) + " MB", "", "");
    }

    private void row(String metric, String result, String target, String met) {
        report.row(metric, result, target, met);
    }
}
