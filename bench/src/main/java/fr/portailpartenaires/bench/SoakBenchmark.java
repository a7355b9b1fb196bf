package fr.portailpartenaires.bench;

import static fr.portailpartenaires.bench.Report.log;
import static fr.portailpartenaires.bench.Report.mb;
import static fr.portailpartenaires.bench.Report.met;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The load and soak benchmark of issue 19: the running service (the runnable jar with its JVM options, on the embedded
 * H2 file database with the demo data, as {@code ./portail run} starts it) under a mixed workload for a while — logins
 * and logouts of the three demo users, the Habitat orders list (JSON and page), "my partner" (JSON and page), orders
 * created by the caisse, visit certificates saved (created and modified) and transmitted by the ergothérapeute, payment
 * slips listed and downloaded as PDF and CSV — at a fixed rate, while the service's resident memory is sampled.
 *
 * <p>The load is <em>open</em>: operations are due at a fixed rate ({@code bench.soakRate} per second, in a fixed mixed
 * order, {@link SoakTraffic#CYCLE}), whether or not the earlier ones have been answered, and are sent by a pool of
 * {@code bench.soakUsers} virtual users; an operation's latency runs from the instant it was due to its whole answer,
 * so a service that falls behind shows it in the latencies (no coordinated omission). Every answer is checked; an
 * unexpected status or a failure counts as an error and the run goes on.
 *
 * <p>Argument: the repository root. Settings (system properties): {@code bench.soakSeconds} (600, the measured
 * time), {@code bench.soakWarmupSeconds} (30, the same load before, not measured), {@code bench.soakRate} (operations
 * per second), {@code bench.soakUsers} (16), {@code bench.soakSampleSeconds} (2, RSS sampling),
 * {@code bench.soakWindowSeconds} (60, the rows of the timeline); the service's JVM options as for
 * {@link LoginBenchmark} ({@code BENCH_SERVICE_JVM_OPTS}). Prints a Markdown report (also written to
 * {@code bench/target/soak-results.md}) and the RSS samples to {@code bench/target/soak-rss.csv}.
 */
public final class SoakBenchmark {

    /** The targets of issue 19. */
    private static final double P99_TARGET_MS = 250;
    private static final double RSS_TARGET_MB = 256;
    /** RSS has plateaued when the last third's maximum exceeds the middle third's by no more than this. */
    private static final double PLATEAU_TOLERANCE_MB = 5;

    private final Report report = new Report();

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        new SoakBenchmark().run(root);
    }

    private void run(Path root) throws Exception {
        int seconds = Integer.getInteger("bench.soakSeconds", 600);
        int warmupSeconds = Integer.getInteger("bench.soakWarmupSeconds", 30);
        double rate = Double.parseDouble(System.getProperty("bench.soakRate", "40"));
        int users = Integer.getInteger("bench.soakUsers", 16);
        int sampleSeconds = Integer.getInteger("bench.soakSampleSeconds", 2);
        int windowSeconds = Integer.getInteger("bench.soakWindowSeconds", 60);
        Path logs = Files.createDirectories(root.resolve("bench/target"));
        Path work = Files.createTempDirectory("portail-soak-bench");
        List<String> jvmOptions = PortalUnderTest.jvmOptions(root);
        // the invoicing job looks every minute (5 by default), so that the demo's invoice exists soon after the start
        try (PortalUnderTest portal = PortalUnderTest.start(root, jvmOptions, logs, "soak-portal", work.resolve("data"),
                Map.of("PORTAIL_FACTURATION_INTERVALLE_MINUTES", "1"))) {
            ServiceProcess process = portal.process();
            log("Service ready, pid " + process.pid() + ", " + portal.base());
            ServiceProcess.Memory started = process.memory();
            SoakTraffic traffic = SoakTraffic.setUp(portal, users);
            ServiceProcess.Memory afterSetUp = process.memory();
            log("Set up: RSS " + mb(started.rssKiB()) + " MB after start, " + mb(afterSetUp.rssKiB()) + " MB now");

            RssSampler sampler = new RssSampler(process, Duration.ofSeconds(sampleSeconds));
            sampler.start();
            log("Warm-up: " + warmupSeconds + " s at " + rate + " operations/s, " + users + " virtual users");
            drive(traffic, rate, users, Duration.ofSeconds(warmupSeconds), null, windowSeconds);
            traffic.clearRecords();
            log("Measured: " + seconds + " s at " + rate + " operations/s");
            CpuSnapshot before = CpuSnapshot.take(process.pid());
            long measuredFrom = System.nanoTime();
            sampler.markMeasured(measuredFrom);
            Drive measured = drive(traffic, rate, users, Duration.ofSeconds(seconds), sampler, windowSeconds);
            CpuSnapshot after = CpuSnapshot.take(process.pid());
            sampler.stop();
            ServiceProcess.Memory end = process.memory();

            report.context();
            report.line("Service started with: `java " + portal.startCommand() + "` (embedded H2 file database, demo data, "
                    + "PORTAIL_FACTURATION_INTERVALLE_MINUTES=1)");
            report.line(String.format(Locale.ROOT, "Load: open, %.1f operations/s due in a fixed mix (%s), %d virtual users, "
                    + "%d s of warm-up then %d s measured; latency from the instant each operation was due to its whole answer",
                    rate, SoakTraffic.describeCycle(), users, warmupSeconds, seconds));
            report.line(String.format(Locale.ROOT, "CPU during the measured time: service %s of the machine, load generator %s, "
                    + "other processes %s; load average (1 min) min / mean / max %s",
                    Report.percent(share(after.server() - before.server(), after, before)),
                    Report.percent(share(after.bench() - before.bench(), after, before)),
                    Report.percent(after.othersShareSince(before)), sampler.loadAverages()));
            report.line("");
            operationsTable(traffic, measured, rate);
            report.line("");
            memoryTable(started, afterSetUp, sampler, end, logs);
            report.line("");
            timeline(traffic, sampler, measuredFrom, seconds, windowSeconds);
            List<String> errors = traffic.firstErrors();
            if (!errors.isEmpty()) {
                report.line("");
                report.line("First errors:");
                errors.forEach(error -> report.line("- " + error));
            }
            sampler.writeCsv(logs.resolve("soak-rss.csv"), measuredFrom);
            report.printAndWrite(logs.resolve("soak-results.md"));
        } finally {
            Report.deleteQuietly(work);
        }
    }

    /** Share of the machine's CPU capacity these ticks are. */
    private static double share(long ticks, CpuSnapshot after, CpuSnapshot before) {
        return ticks / (double) (after.machineAll() - before.machineAll());
    }

    /** What a driven period gave: its wall time and the operations that were still waiting for a virtual user at its end. */
    private record Drive(double seconds, long due, int lateAtEnd) {
    }

    /**
     * Makes operations due at {@code rate} per second for {@code duration}, each sent by one of {@code users} threads as
     * soon as one is free, then waits for every answer.
     */
    private static Drive drive(SoakTraffic traffic, double rate, int users, Duration duration, RssSampler progress,
            int windowSeconds) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(users, Thread.ofPlatform().name("user-", 0).factory());
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long nextProgress = start + TimeUnit.SECONDS.toNanos(windowSeconds);
        long due = 0;
        while (true) {
            long at = start + (long) (due * 1e9 / rate);
            if (at >= end) {
                break;
            }
            long wait = at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long index = due++;
            pool.execute(() -> traffic.perform(index, at));
            if (progress != null && System.nanoTime() >= nextProgress) {
                nextProgress += TimeUnit.SECONDS.toNanos(windowSeconds);
                log(traffic.progress(start) + ", " + progress.lastLine());
            }
        }
        int late = ((java.util.concurrent.ThreadPoolExecutor) pool).getQueue().size();
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        return new Drive((System.nanoTime() - start) / 1e9, due, late);
    }

    private void operationsTable(SoakTraffic traffic, Drive measured, double rate) {
        report.line("| Operation | Count | Errors | p50 / p95 / p99 (ms) | Max (ms) | p99 < " + (int) P99_TARGET_MS + " ms |");
        report.line("|---|---|---|---|---|---|");
        long totalErrors = 0;
        boolean allFast = true;
        List<Long> all = new ArrayList<>();
        for (SoakTraffic.Kind kind : SoakTraffic.Kind.values()) {
            long[] sorted = traffic.latencies(kind);
            long errors = traffic.errors(kind);
            totalErrors += errors;
            if (sorted.length == 0) {
                report.line("| " + kind.label + " | 0 | " + errors + " | | | |");
                continue;
            }
            Load.Result result = new Load.Result(0, sorted.length, measured.seconds(), sorted);
            boolean fast = result.percentileMillis(99) < P99_TARGET_MS;
            allFast &= fast;
            Arrays.stream(sorted).forEach(all::add);
            report.line("| " + kind.label + " | " + sorted.length + " | " + errors + " | " + Report.latencies(result)
                    .replace(" ms", "") + " | " + String.format(Locale.ROOT, "%.0f", sorted[sorted.length - 1] / 1e6)
                    + " | " + met(fast) + " |");
        }
        long[] pooled = all.stream().mapToLong(Long::longValue).sorted().toArray();
        Load.Result overall = new Load.Result(0, pooled.length, measured.seconds(), pooled);
        report.line("| **All** | " + pooled.length + " | " + totalErrors + " | " + Report.latencies(overall).replace(" ms", "")
                + " | " + String.format(Locale.ROOT, "%.0f", pooled.length == 0 ? 0 : pooled[pooled.length - 1] / 1e6)
                + " | " + met(allFast) + " |");
        report.line("");
        report.line(String.format(Locale.ROOT, "Throughput: %d operations answered in %.1f s = **%.1f operations/s** "
                + "(due: %.1f/s; %d still waiting for a virtual user when the time was up); **errors: %d**; "
                + "operations skipped for want of an order in the right state: %d.",
                pooled.length, measured.seconds(), pooled.length / measured.seconds(), rate, measured.lateAtEnd(),
                totalErrors, traffic.skipped()));
    }

    private void memoryTable(ServiceProcess.Memory started, ServiceProcess.Memory afterSetUp, RssSampler sampler,
            ServiceProcess.Memory end, Path logs) throws IOException {
        RssSampler.Curve curve = sampler.curve();
        boolean plateau = curve.lastThirdMaxKiB() - curve.middleThirdMaxKiB()
                <= PLATEAU_TOLERANCE_MB * 1_000_000 / 1024;
        boolean below = ServiceProcess.Memory.megabytes(curve.maxKiB()) < RSS_TARGET_MB;
        report.tableHeader();
        report.row("Service RSS after start / after the set-up", mb(started.rssKiB()) + " / " + mb(afterSetUp.rssKiB())
                + " MB", "", "");
        report.row("RSS at the start of the measured time / at its end", mb(curve.firstKiB()) + " / "
                + mb(curve.lastKiB()) + " MB", "", "");
        report.row("**RSS max over the measured time** (every " + sampler.period().toSeconds() + " s)",
                "**" + mb(curve.maxKiB()) + " MB**", "< " + (int) RSS_TARGET_MB + " MB", met(below));
        report.row("RSS max over the middle third / over the last third", mb(curve.middleThirdMaxKiB()) + " / "
                + mb(curve.lastThirdMaxKiB()) + " MB", "last ≤ middle + " + (int) PLATEAU_TOLERANCE_MB + " MB",
                met(plateau));
        report.row("Peak RSS of the service's life (VmHWM)", mb(end.peakRssKiB()) + " MB", "", "");
        report.row("Service GC pauses over the whole run: count, total (longest)",
                Report.gcPauses(logs.resolve("soak-portal-gc.log")), "", "");
    }

    private void timeline(SoakTraffic traffic, RssSampler sampler, long measuredFrom, int seconds, int windowSeconds) {
        report.line("| Minute | Operations/s | Errors | p99 (ms) | RSS max (MB) |");
        report.line("|---|---|---|---|---|");
        for (int from = 0; from < seconds; from += windowSeconds) {
            long windowStart = measuredFrom + TimeUnit.SECONDS.toNanos(from);
            long windowEnd = measuredFrom + TimeUnit.SECONDS.toNanos(Math.min(seconds, from + windowSeconds));
            SoakTraffic.Window window = traffic.window(windowStart, windowEnd);
            report.line(String.format(Locale.ROOT, "| %s–%s s | %.1f | %d | %.1f | %s |", from,
                    Math.min(seconds, from + windowSeconds), window.count() / ((windowEnd - windowStart) / 1e9),
                    window.errors(), window.p99Millis(), mb(sampler.maxBetween(windowStart, windowEnd))));
        }
    }

    /** The samples of the service's VmRSS (and the machine's load average) taken by a thread of their own. */
    static final class RssSampler {

        /** The measured part of the samples, in thirds. */
        record Curve(long firstKiB, long lastKiB, long maxKiB, long middleThirdMaxKiB, long lastThirdMaxKiB) {
        }

        private record Sample(long nanos, long rssKiB, double load) {
        }

        private final ServiceProcess process;
        private final Duration period;
        private final ConcurrentLinkedQueue<Sample> taken = new ConcurrentLinkedQueue<>();
        private volatile boolean running = true;
        private volatile long measuredFrom = Long.MAX_VALUE;
        private Thread thread;

        RssSampler(ServiceProcess process, Duration period) {
            this.process = process;
            this.period = period;
        }

        Duration period() {
            return period;
        }

        void start() {
            thread = Thread.ofPlatform().daemon().name("rss-sampler").start(() -> {
                while (running) {
                    try {
                        taken.add(new Sample(System.nanoTime(), process.memory().rssKiB(), loadAverage()));
                        Thread.sleep(period);
                    } catch (IOException e) {
                        log("RSS sampling failed: " + e.getMessage());
                        return;
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void markMeasured(long from) {
            measuredFrom = from;
        }

        void stop() throws InterruptedException, IOException {
            running = false;
            thread.interrupt();
            thread.join();
            taken.add(new Sample(System.nanoTime(), process.memory().rssKiB(), loadAverage()));
        }

        private List<Sample> measured() {
            return taken.stream().filter(sample -> sample.nanos() >= measuredFrom).toList();
        }

        Curve curve() {
            List<Sample> measured = measured();
            int n = measured.size();
            return new Curve(measured.getFirst().rssKiB(), measured.getLast().rssKiB(), max(measured),
                    max(measured.subList(n / 3, 2 * n / 3)), max(measured.subList(2 * n / 3, n)));
        }

        long maxBetween(long from, long to) {
            return max(taken.stream().filter(sample -> sample.nanos() >= from && sample.nanos() < to).toList());
        }

        String lastLine() {
            Sample last = null;
            for (Sample sample : taken) {
                last = sample;
            }
            return last == null ? "no RSS sample yet" : "RSS " + mb(last.rssKiB()) + " MB, load " + last.load();
        }

        /** Minimum, mean and maximum of the 1-minute load average over the measured samples. */
        String loadAverages() {
            var stats = measured().stream().mapToDouble(Sample::load).summaryStatistics();
            return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", stats.getMin(), stats.getAverage(), stats.getMax());
        }

        void writeCsv(Path file, long from) throws IOException {
            List<String> lines = new ArrayList<>(List.of("seconds,rss_mb,load1"));
            for (Sample sample : taken) {
                lines.add(String.format(Locale.ROOT, "%.1f,%.1f,%.2f", (sample.nanos() - from) / 1e9,
                        ServiceProcess.Memory.megabytes(sample.rssKiB()), sample.load()));
            }
            Files.write(file, lines);
        }

        private static long max(List<Sample> samples) {
            return samples.stream().mapToLong(Sample::rssKiB).max().orElse(0);
        }

        private static double loadAverage() throws IOException {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        }
    }
}
