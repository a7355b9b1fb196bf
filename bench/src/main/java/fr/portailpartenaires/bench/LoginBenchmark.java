package fr.portailpartenaires.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    private static final String DEMO_LOGIN = "{\"login\":\"Alex7\",\"motDePasse\":\"CielBleu62\"}";
    private static final Pattern PORTAL_READY = Pattern.compile("Portail partenaires d\\S+ : http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern BARE_READY = Pattern.compile("BARE READY port=(\\d+) session=(\\S+) partner=(\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<String> rows = new ArrayList<>();
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
        Path jar = root.resolve("bootstrap/target/portail.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn -B -q install -DskipTests` at the repository root");
        }
        Path logs = Files.createDirectories(root.resolve("bench/target"));
        Path work = Files.createTempDirectory("portail-bench");
        List<String> jvmOptions = Arrays.asList(System.getenv().getOrDefault("BENCH_SERVICE_JVM_OPTS",
                "@" + root.resolve("bootstrap/portail.jvmopts"))
                .trim().split("\\s+"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int warmupLogins = Integer.getInteger("bench.warmupLogins", 30);
        int logins1 = Integer.getInteger("bench.logins1", 200);
        int logins4 = Integer.getInteger("bench.logins4", 400);
        Duration readWarmUp = Duration.ofSeconds(Integer.getInteger("bench.readWarmupSeconds", 30));
        Duration readTime = Duration.ofSeconds(Integer.getInteger("bench.readSeconds", 10));
        try {
            List<String> portalCommand = new ArrayList<>(List.of(java));
            portalCommand.addAll(jvmOptions);
            // observation only: the GC's own log, to tell GC time from work
            portalCommand.add("-Xlog:gc:file=" + logs.resolve("portal-gc.log"));
            List<String> missing = missingFromRunnableJar(root.resolve("bootstrap/target/lib"));
            if (missing.isEmpty()) {
                portalCommand.addAll(List.of("-jar", jar.toString()));
            } else {
                // the same jar (its manifest class path still applies) plus the libraries it lacks
                log("WARNING: bootstrap/target/lib lacks " + missing.stream().map(e -> Path.of(e).getFileName().toString())
                        .toList() + "; `java -jar portail.jar` cannot start, so they are added with -cp");
                portalCommand.addAll(List.of("-cp", jar + File.pathSeparator
                        + String.join(File.pathSeparator, missing), "fr.portailpartenaires.bootstrap.Main"));
            }
            startCommand = String.join(" ", portalCommand.subList(1, portalCommand.size()))
                    .replace(root + "/", "").replace(System.getProperty("user.home"), "~");
            log("Starting the service: " + String.join(" ", portalCommand));
            Load.Result c1;
            Load.Result c4;
            Load.Result portalRead;
            ServiceProcess.Memory idle;
            ServiceProcess.Memory afterLogins;
            ServiceProcess.Memory afterRun;
            String portalBody;
            try (ServiceProcess portal = ServiceProcess.start(portalCommand, Map.of(
                    "PORTAIL_HTTP_HOST", "127.0.0.1",
                    "PORTAIL_HTTP_PORT", "0",
                    "PORTAIL_DATA_DIR", work.resolve("portal-data").toString(),
                    "PORTAIL_DEMO", "true"), logs.resolve("portal.log"), PORTAL_READY, START_TIMEOUT)) {
                URI base = URI.create("http://127.0.0.1:" + portal.readyGroups().getFirst() + "/");
                idle = portal.memory();
                log("Service ready, pid " + portal.pid() + ", " + base + ", RSS " + mb(idle.rssKiB()) + " MB");

                HttpRequest login = HttpRequest.newBuilder(base.resolve("api/session"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(DEMO_LOGIN))
                        .build();
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
                    START_TIMEOUT)) {
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

            gcPauses = gcPauses(logs.resolve("portal-gc.log"));
            report(jvmOptions, c1, c4, idle, afterLogins, afterRun, portalRead, bareRead, bareNoSession, bareMemory);
            Files.writeString(logs.resolve("results.md"), String.join("\n", rows) + "\n");
            System.out.println();
            rows.forEach(System.out::println);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * The portal's runtime libraries, as Maven resolves them for this project, that the runnable jar's
     * {@code lib/} folder lacks (none when bootstrap's packaging is complete).
     */
    private static List<String> missingFromRunnableJar(Path lib) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("portail-"))
                .filter(entry -> !Files.exists(lib.resolve(Path.of(entry).getFileName())))
                .toList();
    }

    /** One login of the demo account; answers its session cookie ({@code name=value}). */
    private String login(HttpRequest login) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(login, HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().firstValue("Set-Cookie").orElse("");
        if (response.statusCode() != 200 || !cookie.startsWith("portail_session=")) {
            throw new IllegalStateException("login answered " + response.statusCode() + ": " + response.body());
        }
        return cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
    }

    private void ok(HttpRequest read) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(read, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(read.uri() + " answered " + response.statusCode());
        }
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
        rows.add("Date: " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        rows.add("JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        rows.add("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), "
                + memTotal() + " RAM, Linux " + System.getProperty("os.version"));
        rows.add("Servers' JVM options: `" + String.join(" ", jvmOptions) + "`; Argon2id m=19456 KiB, t=2, p=1 (OWASP_MINIMUM)");
        rows.add("Service started with: `java " + startCommand + "`");
        rows.add("CPU taken by other processes of the machine during the measured phases (logins c=1, c=4, portal read,"
                + " bare read), share of both CPUs: " + String.join(", ", disturbance));
        rows.add("");
        rows.add("| Metric | Result | Target | Met |");
        rows.add("|---|---|---|---|");
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
        row("Ratio portal / bare", String.format(Locale.ROOT, "%.2f", ratio), "≥ 0.9", met(ratio >= 0.9));
        row("Bare without the session lookup (2 statements, 5 s): req/s; portal / it",
                format(bareNoSession.perSecond()) + "; " + String.format(Locale.ROOT, "%.2f",
                        portalRead.perSecond() / bareNoSession.perSecond()), "", "");
        row("Bare server RSS after its run (same JVM options)", mb(bareMemory.rssKiB()) + " MB", "", "");
    }

    private void row(String metric, String result, String target, String met) {
        rows.add("| " + metric + " | " + result + " | " + target + " | " + met + " |");
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String latencies(Load.Result result) {
        return latency(result, 50) + " / " + latency(result, 95) + " / " + latency(result, 99) + " ms";
    }

    private static String latency(Load.Result result, double percentile) {
        return String.format(Locale.ROOT, "%.1f", result.percentileMillis(percentile));
    }

    private static String format(double perSecond) {
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }

    private static String mb(long kiB) {
        return String.format(Locale.ROOT, "%.0f", ServiceProcess.Memory.megabytes(kiB));
    }

    /** The pauses of a unified GC log ({@code -Xlog:gc}): how many, their total and the longest. */
    private static String gcPauses(Path gcLog) throws IOException {
        Pattern pause = Pattern.compile("Pause .* (\\d+\\.\\d+)ms$");
        int count = 0;
        double total = 0;
        double longest = 0;
        int full = 0;
        for (String line : Files.readAllLines(gcLog)) {
            var matcher = pause.matcher(line);
            if (matcher.find()) {
                double ms = Double.parseDouble(matcher.group(1));
                count++;
                total += ms;
                longest = Math.max(longest, ms);
                full += line.contains("Pause Full") ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "%d (%d full), %.0f ms (%.0f ms)", count, full, total, longest);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** Server CPU time per request, in milliseconds. */
    private static String perRequest(Duration cpu, Load.Result result) {
        return String.format(Locale.ROOT, "%.3f", cpu.toNanos() / 1e6 / result.requests());
    }

    private static String summary(Load.Result result) {
        return result.requests() + " requests in " + String.format(Locale.ROOT, "%.2f", result.seconds()) + " s = "
                + format(result.perSecond()) + "/s, p50 / p95 / p99 " + latencies(result);
    }

    private static String cpuModel() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        }
    }

    private static String memTotal() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal")).findFirst()
                    .map(line -> Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB")
                    .orElse("?");
        }
    }

    private static void log(String message) {
        System.out.println("[bench] " + message);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
