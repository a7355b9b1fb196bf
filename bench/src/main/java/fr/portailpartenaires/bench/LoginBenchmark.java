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

import java.io.File;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Password logins measured beside an anchor in the same run (issue 20): Keycloak first ({@link KeycloakUnderTest},
 * its password grant), then the portal ({@code POST /api/session}), each alone on the machine, with the same load
 * generator, warm-up and counts — logins per second at concurrency 1 and 4, latencies, server CPU per login, resident
 * memory after the run — then the single-hash time of each side ({@link HashCost}, each in a JVM of its own, nothing
 * else running), and {@code GET /api/partenaire} against a bare Javalin + jOOQ handler running the same SQL
 * ({@link BarePartnerServer}). Prints a Markdown table of both sides' figures and their ratios; method and results in
 * docs/benchmarks.md. Absolute figures move several-fold between machines; the ratios are what the targets bind.
 *
 * <p>Argument: the repository root (holding {@code bootstrap/target/portail.jar}). Settings (system properties):
 * {@code bench.keycloakHome} (the unpacked {@code keycloak-26.5.6} folder; without it, or with
 * {@code bench.anchor=false}, the anchor is skipped for a quick run), {@code bench.warmupLogins} (1,000),
 * {@code bench.logins1} (500, measured in {@code bench.rounds1} rounds: 5), {@code bench.logins4} (400),
 * {@code bench.readWarmupSeconds} (30), {@code bench.readSeconds} (10); the portal's and the bare server's JVM
 * options come from the environment variable {@code BENCH_SERVICE_JVM_OPTS} ({@code @bootstrap/portail.jvmopts} by
 * default: the options {@code ./portail run} starts the service with); Keycloak runs with its own ({@code kc.sh}'s defaults).
 */
public final class LoginBenchmark {

    private static final Pattern BARE_READY = Pattern.compile("BARE READY port=(\\d+) session=(\\S+) partner=(\\S+)");

    private final HttpClient client = PortalUnderTest.client();
    private final Report report = new Report();
    private String startCommand = "";
    private String gcPauses = "";
    private final List<String> disturbance = new ArrayList<>();
    /** The name prefix of the portal's password hashing threads ({@code Argon2idPasswordHasher}'s pool). */
    private static final String HASHING_POOL = "argon2-";
    /** Issue 20's "a few ms" of CPU for the rest of the login path, read as at most 5. */
    private static final double FEW_MS = 5.0;
    private String loginCpu1 = "";
    private String loginCpu4 = "";
    /** The portal's CPU per login outside its password hashing pool: the rest of the login path, measured. */
    private String besidesPool1 = "";
    private String besidesPool4 = "";
    private String besidesPoolByKind = "";
    /** The c=1 phase's rounds: their figures besides the hashing pool (ms per login, in order) and their median. */
    private String besidesPool1Rounds = "";
    private double besidesPool1Median;
    /** How many rounds the c=1 logins are measured in. */
    private static final int ROUNDS_1 = Math.max(1, Integer.getInteger("bench.rounds1", 5));
    private String poolCpu1 = "";
    private String portalReadCpu = "";
    private String bareReadCpu = "";
    private Side keycloak;
    private Side portalSide;

    /** What one side's logins gave. */
    private record Side(Load.Result c1, Load.Result c4, String cpu1, String cpu4, ServiceProcess.Memory idle,
            ServiceProcess.Memory afterRun, HashTime hash) {
    }

    /** One verification alone, measured by {@link HashCost}: CPU per verification and median wall time. */
    private record HashTime(double cpuMillis, double medianMillis, String line) {

        /** What the line says after its figures: the implementation and its cost. */
        String description() {
            return line.replaceFirst("^HASH \\S+ cpu=\\S+ p50=\\S+ min=\\S+ max=\\S+ ", "");
        }
    }

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
        int warmupLogins = Integer.getInteger("bench.warmupLogins", 1000);
        int logins1 = Integer.getInteger("bench.logins1", 500);
        int logins4 = Integer.getInteger("bench.logins4", 400);
        Duration readWarmUp = Duration.ofSeconds(Integer.getInteger("bench.readWarmupSeconds", 30));
        Duration readTime = Duration.ofSeconds(Integer.getInteger("bench.readSeconds", 10));
        String keycloakHome = System.getProperty("bench.keycloakHome", "");
        boolean anchor = !keycloakHome.isEmpty() && Boolean.parseBoolean(System.getProperty("bench.anchor", "true"));
        try {
            if (anchor) {
                keycloak = keycloakLogins(Path.of(keycloakHome), logs, warmupLogins, logins1, logins4);
            } else {
                log("Anchor skipped (no -Dbench.keycloakHome, or -Dbench.anchor=false): the portal alone");
            }
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
                Duration pool = portal.threadsCpuTime(HASHING_POOL);
                CpuSnapshot machine = CpuSnapshot.take(portal.pid());
                Map<String, Long> byKind = CpuSnapshot.threadNanosByKind(portal.pid());
                // the c=1 logins in rounds, each measured alone: the median of the rounds' "besides" figures, and
                // their spread, tell a change in the code from the run-to-run noise (one figure moved by ±0.7 ms)
                List<Load.Result> rounds = new ArrayList<>();
                List<Double> besidesByRound = new ArrayList<>();
                Map<String, Long> roundStart = byKind;
                for (int round = 0; round < ROUNDS_1; round++) {
                    int logins = logins1 / ROUNDS_1 + (round < logins1 % ROUNDS_1 ? 1 : 0);
                    Load.Result result = Load.count(1, logins, () -> login(login));
                    Map<String, Long> roundEnd = CpuSnapshot.threadNanosByKind(portal.pid());
                    besidesByRound.add(besidesPoolNanos(roundStart, roundEnd) / 1e6 / result.requests());
                    rounds.add(result);
                    roundStart = roundEnd;
                }
                c1 = Load.Result.merged(rounds);
                disturbance.add(percent(CpuSnapshot.take(portal.pid()).othersShareSince(machine)));
                besidesPoolByKind = perKind(byKind, roundStart, c1);
                besidesPool1Rounds = besidesByRound.stream().map(LoginBenchmark::millis3)
                        .collect(Collectors.joining(", "));
                Collections.sort(besidesByRound);
                besidesPool1Median = besidesByRound.get(besidesByRound.size() / 2);
                Duration all = portal.cpuTime().minus(cpu);
                Duration hashing = portal.threadsCpuTime(HASHING_POOL).minus(pool);
                loginCpu1 = perRequest(all, c1);
                poolCpu1 = perRequest(hashing, c1);
                besidesPool1 = perRequest(all.minus(hashing), c1);
                log("Logins, concurrency 1: " + summary(c1) + ", server CPU " + loginCpu1 + " ms/login, of which "
                        + poolCpu1 + " in the hashing pool and " + besidesPool1 + " elsewhere; elsewhere by round "
                        + "(scheduler's count) " + besidesPool1Rounds + " ms");
                cpu = portal.cpuTime();
                pool = portal.threadsCpuTime(HASHING_POOL);
                machine = CpuSnapshot.take(portal.pid());
                c4 = Load.count(4, logins4, () -> login(login));
                disturbance.add(percent(CpuSnapshot.take(portal.pid()).othersShareSince(machine)));
                all = portal.cpuTime().minus(cpu);
                hashing = portal.threadsCpuTime(HASHING_POOL).minus(pool);
                loginCpu4 = perRequest(all, c4);
                besidesPool4 = perRequest(all.minus(hashing), c4);
                log("Logins, concurrency 4: " + summary(c4) + ", server CPU " + loginCpu4 + " ms/login, of which "
                        + perRequest(hashing, c4) + " in the hashing pool and " + besidesPool4 + " elsewhere");
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

            portalSide = new Side(c1, c4, loginCpu1, loginCpu4, idle, afterRun, hashTime(root, "portal",
                    System.getProperty("java.class.path")));
            log(portalSide.hash().line());

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

    /** Keycloak's logins, as the portal's below, then its hashing alone once it has stopped. */
    private Side keycloakLogins(Path home, Path logs, int warmupLogins, int logins1, int logins4) throws Exception {
        Load.Result c1;
        Load.Result c4;
        String cpu1;
        String cpu4;
        ServiceProcess.Memory idle;
        ServiceProcess.Memory afterRun;
        try (KeycloakUnderTest started = KeycloakUnderTest.start(home, logs)) {
            long pid = started.serverPid();
            idle = ServiceProcess.memory(pid);
            log("Keycloak ready, pid " + pid + ", RSS " + mb(idle.rssKiB()) + " MB");
            HttpRequest login = started.loginRequest();
            Load.count(1, warmupLogins, () -> KeycloakUnderTest.login(client, login));
            Duration cpu = ServiceProcess.cpuTime(pid);
            CpuSnapshot machine = CpuSnapshot.take(pid);
            c1 = Load.count(1, logins1, () -> KeycloakUnderTest.login(client, login));
            disturbance.add(percent(CpuSnapshot.take(pid).othersShareSince(machine)));
            cpu1 = perRequest(ServiceProcess.cpuTime(pid).minus(cpu), c1);
            log("Keycloak logins, concurrency 1: " + summary(c1) + ", server CPU " + cpu1 + " ms/login");
            cpu = ServiceProcess.cpuTime(pid);
            machine = CpuSnapshot.take(pid);
            c4 = Load.count(4, logins4, () -> KeycloakUnderTest.login(client, login));
            disturbance.add(percent(CpuSnapshot.take(pid).othersShareSince(machine)));
            cpu4 = perRequest(ServiceProcess.cpuTime(pid).minus(cpu), c4);
            log("Keycloak logins, concurrency 4: " + summary(c4) + ", server CPU " + cpu4 + " ms/login");
            afterRun = ServiceProcess.memory(pid);
            log("Keycloak RSS after the run " + mb(afterRun.rssKiB()) + " MB, peak " + mb(afterRun.peakRssKiB()) + " MB");
        }
        String benchClasses = Path.of(HashCost.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        HashTime hash = hashTime(home, "keycloak", benchClasses + File.pathSeparator
                + home.resolve("lib/lib/main") + "/*" + File.pathSeparator + home.resolve("lib/lib/boot") + "/*");
        log(hash.line());
        return new Side(c1, c4, cpu1, cpu4, idle, afterRun, hash);
    }

    /** Runs {@link HashCost} for one side in a JVM of its own (same JDK) and reads its answer. */
    private static HashTime hashTime(Path workingDirectory, String side, String classPath) throws Exception {
        Process process = new ProcessBuilder(PortalUnderTest.java(), "--enable-native-access=ALL-UNNAMED", "-cp",
                classPath, HashCost.class.getName(), side).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("HashCost " + side + " failed:\n" + output);
        }
        String line = output.lines().filter(each -> each.startsWith("HASH ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("HashCost " + side + " printed no result:\n" + output));
        var figures = Pattern.compile("cpu=([0-9.]+) p50=([0-9.]+)").matcher(line);
        if (!figures.find()) {
            throw new IllegalStateException(line);
        }
        return new HashTime(Double.parseDouble(figures.group(1)), Double.parseDouble(figures.group(2)), line);
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
        report.line("Servers' JVM options: `" + String.join(" ", jvmOptions) + "`; portal: " + portalSide.hash().description());
        report.line("Service started with: `java " + startCommand + "`");
        if (keycloak != null) {
            report.line("Anchor: Keycloak 26.5.6, `kc.sh start-dev` (its own JVM options, H2 dev database), password grant"
                    + " on the master realm's `admin-cli`; " + keycloak.hash().description());
        }
        report.line("CPU taken by other processes of the machine during the measured phases ("
                + (keycloak != null ? "Keycloak c=1, c=4, " : "") + "portal c=1, c=4, portal read, bare read),"
                + " share of all CPUs: " + String.join(", ", disturbance));
        report.line("");
        if (keycloak != null) {
            report.line("| Metric | Keycloak | Portal | Portal / Keycloak | Target | Met |");
            report.line("|---|---|---|---|---|---|");
            double rate = c4.perSecond() / keycloak.c4().perSecond();
            anchorRow("Logins/s, concurrency 4 (N=" + c4.requests() + ")", format(keycloak.c4().perSecond()),
                    format(c4.perSecond()), rate, "≥ 1.5", rate >= 1.5);
            double median = c1.percentileMillis(50) / keycloak.c1().percentileMillis(50);
            anchorRow("Login median latency, concurrency 1 (N=" + c1.requests() + "), ms", latency(keycloak.c1(), 50),
                    latency(c1, 50), median, "≤ 0.8", median <= 0.8);
            double memory = (double) afterRun.rssKiB() / keycloak.afterRun().rssKiB();
            anchorRow("RSS after the run, MB", mb(keycloak.afterRun().rssKiB()), mb(afterRun.rssKiB()), memory, "≤ 0.4",
                    memory <= 0.4);
            anchorRow("One password verification alone: CPU per verification (200 in a row, one thread), ms",
                    millis(keycloak.hash().cpuMillis()), millis(portalSide.hash().cpuMillis()),
                    portalSide.hash().cpuMillis() / keycloak.hash().cpuMillis(), "", null);
            anchorRow("One password verification alone: median wall time, ms", millis(keycloak.hash().medianMillis()),
                    millis(portalSide.hash().medianMillis()),
                    portalSide.hash().medianMillis() / keycloak.hash().medianMillis(), "", null);
            anchorRow("Logins/s, concurrency 1", format(keycloak.c1().perSecond()), format(c1.perSecond()),
                    c1.perSecond() / keycloak.c1().perSecond(), "", null);
            report.line("| Login latency, concurrency 1: p50 / p95 / p99 | " + latencies(keycloak.c1()) + " | "
                    + latencies(c1) + " | | | |");
            report.line("| Login latency, concurrency 4: p50 / p95 / p99 | " + latencies(keycloak.c4()) + " | "
                    + latencies(c4) + " | | | |");
            double cpu = Double.parseDouble(loginCpu1) / Double.parseDouble(keycloak.cpu1());
            anchorRow("Server CPU per login, concurrency 1 (user + system), ms", keycloak.cpu1(), loginCpu1, cpu, "", null);
            report.line("| Server CPU per login, concurrency 4, ms | " + keycloak.cpu4() + " | " + loginCpu4 + " | "
                    + Report.ratio(Double.parseDouble(loginCpu4) / Double.parseDouble(keycloak.cpu4())) + " | | |");
            report.line("| Server CPU per login besides the verification (c=1 CPU − one verification), ms | "
                    + besidesHash(keycloak.cpu1(), keycloak.hash()) + " | " + besidesHash(loginCpu1, portalSide.hash())
                    + " | | | |");
            report.line("| RSS idle after start, MB | " + mb(keycloak.idle().rssKiB()) + " | " + mb(idle.rssKiB())
                    + " | | | |");
            report.line("");
        }
        report.tableHeader();
        row("Logins/s, concurrency 1 (N=" + c1.requests() + ")", format(c1.perSecond()), "", "");
        row("Login latency, concurrency 1: p50 / p95 / p99", latencies(c1), "", "");
        row("Logins/s, concurrency 4 (N=" + c4.requests() + ")", format(c4.perSecond()), "", "");
        row("Login latency, concurrency 4: p50 / p95 / p99", latencies(c4), "", "");
        row("Service CPU per login (user + system), concurrency 1 / 4", loginCpu1 + " / " + loginCpu4 + " ms", "", "");
        row("One verification alone, CPU / median wall time (" + portalSide.hash().description() + ")",
                millis(portalSide.hash().cpuMillis()) + " / " + millis(portalSide.hash().medianMillis()) + " ms", "", "");
        row("Service CPU per login in its password hashing pool (`argon2-…` threads), concurrency 1", poolCpu1 + " ms",
                "", "");
        row("**Service CPU per login besides the verification** (all its threads but the hashing pool's, scheduler's"
                + " count), concurrency 1: median of " + ROUNDS_1 + " rounds (each round's, in order)",
                millis3(besidesPool1Median) + " ms (" + besidesPool1Rounds + ")", "a few ms (≤ " + FEW_MS + ")", met(besidesPool1Median <= FEW_MS));
        row("The same over the whole phase (clock ticks), concurrency 1 / 4", besidesPool1 + " / " + besidesPool4
                + " ms", "", "");
        row("Of which, by thread (c=1, ms per login; threads named as the kernel keeps them, digits as #)",
                besidesPoolByKind, "", "");
        row("The same estimated as c=1 CPU − one verification timed alone in another JVM (noisier: two runs)",
                besidesHash(loginCpu1, portalSide.hash()) + " ms", "", "");
        row("Service GC pauses over the whole run: count, total (longest)", gcPauses, "", "");
        row("Service RSS: idle after start / after logins", mb(idle.rssKiB()) + " / " + mb(afterLogins.rssKiB()) + " MB", "", "");
        row("Service RSS after the run (VmRSS)", mb(afterRun.rssKiB()) + " MB", "< 256 MB",
                met(ServiceProcess.Memory.megabytes(afterRun.rssKiB()) < 256));
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

    /** Server CPU per login minus the CPU of one verification alone: the rest of the login path (HTTP, database…). */
    private static String besidesHash(String cpuPerLogin, HashTime hash) {
        return millis(Double.parseDouble(cpuPerLogin) - hash.cpuMillis());
    }

    private static String millis(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    private void anchorRow(String metric, String keycloakFigure, String portalFigure, double ratio, String target,
            Boolean met) {
        report.line("| " + metric + " | " + keycloakFigure + " | " + portalFigure + " | " + Report.ratio(ratio) + " | "
                + target + " | " + (met == null ? "" : met(met)) + " |");
    }

    /** The CPU per login of each kind of thread but the hashing pool's between two readings (ns), largest first. */
    private static String perKind(Map<String, Long> before, Map<String, Long> after, Load.Result result) {
        return besidesPool(before, after).entrySet().stream()
                .filter(entry -> entry.getValue() >= 1_000 * (long) result.requests())
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> "`" + entry.getKey() + "` " + millis3(entry.getValue() / 1e6 / result.requests()))
                .collect(Collectors.joining(", "));
    }

    /** The nanoseconds all threads but the hashing pool's ran between two readings. */
    private static long besidesPoolNanos(Map<String, Long> before, Map<String, Long> after) {
        return besidesPool(before, after).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The nanoseconds each kind of thread but the hashing pool's ran between two readings. */
    private static Map<String, Long> besidesPool(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(entry -> !entry.getKey().startsWith(CpuSnapshot.kind(HASHING_POOL)))
                .collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> entry.getValue() - before.getOrDefault(entry.getKey(), 0L)));
    }

    private static String millis3(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }

    private void row(String metric, String result, String target, String met) {
        report.row(metric, result, target, met);
    }
}
