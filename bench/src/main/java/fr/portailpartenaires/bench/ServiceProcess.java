package fr.portailpartenaires.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server started in its own JVM, so that its resident memory is its own: its output goes to a log
 * file, and it is ready when a line of that output matches the given pattern.
 */
final class ServiceProcess implements AutoCloseable {

    /** Resident memory read from {@code /proc/<pid>/status}, in kB (as the kernel reports it). */
    record Memory(long rssKiB, long peakRssKiB) {

        /** Decimal megabytes (10^6 bytes), the unit of the targets. */
        static double megabytes(long kiB) {
            return kiB * 1024.0 / 1_000_000.0;
        }
    }

    private final Process process;
    private final List<String> readyGroups;
    private final Path log;

    private ServiceProcess(Process process, List<String> readyGroups, Path log) {
        this.process = process;
        this.readyGroups = readyGroups;
        this.log = log;
    }

    /**
     * Starts the command and waits until it prints a line matching {@code ready}.
     *
     * @return the started process; {@link #readyGroups()} holds the groups of the matching line
     */
    static ServiceProcess start(List<String> command, Map<String, String> environment, Path log, Pattern ready,
            Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // only the given settings: none of the caller's PORTAIL_* variables (a PostgreSQL URL, a port…)
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAIL_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<List<String>> readyLine = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("output-of-" + process.pid()).start(() -> copy(process, log, ready, readyLine));
        try {
            return new ServiceProcess(process, readyLine.get(timeout.toMillis(), TimeUnit.MILLISECONDS), log);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("The service did not start (" + command + "); see " + log, e);
        }
    }

    private static void copy(Process process, Path log, Pattern ready, CompletableFuture<List<String>> readyLine) {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer file = Files.newBufferedWriter(log)) {
            String line;
            while ((line = output.readLine()) != null) {
                file.write(line);
                file.write('\n');
                file.flush();
                Matcher matcher = ready.matcher(line);
                if (!readyLine.isDone() && matcher.find()) {
                    List<String> groups = new ArrayList<>();
                    for (int i = 1; i <= matcher.groupCount(); i++) {
                        groups.add(matcher.group(i));
                    }
                    readyLine.complete(groups);
                }
            }
            readyLine.completeExceptionally(new IllegalStateException("the process ended before it was ready"));
        } catch (IOException e) {
            readyLine.completeExceptionally(new UncheckedIOException(e));
        }
    }

    List<String> readyGroups() {
        return readyGroups;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** VmRSS (resident now) and VmHWM (peak resident) of the process. */
    Memory memory() throws IOException {
        return memory(process.pid());
    }

    /** VmRSS and VmHWM of any process (e.g. the JVM a start script runs as its child). */
    static Memory memory(long pid) throws IOException {
        long rss = -1;
        long peak = -1;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kiB(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kiB(line);
            }
        }
        return new Memory(rss, peak);
    }

    /**
     * CPU time the process has used so far, user and system, from {@code /proc/<pid>/stat}: the
     * server's own cost, whatever the load generator beside it uses.
     */
    Duration cpuTime() throws IOException {
        return cpuTime(process.pid());
    }

    /** CPU time, user and system, of the process's live threads whose name starts with {@code prefix}. */
    Duration threadsCpuTime(String prefix) throws IOException {
        return Duration.ofMillis(CpuSnapshot.threadTicks(process.pid(), prefix) * 1000 / CpuSnapshot.TICKS_PER_SECOND);
    }

    /** CPU time, user and system, of any process. */
    static Duration cpuTime(long pid) throws IOException {
        return Duration.ofMillis(CpuSnapshot.processTicks(pid) * 1000 / CpuSnapshot.TICKS_PER_SECOND);
    }

    ProcessHandle toHandle() {
        return process.toHandle();
    }

    private static long kiB(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }

    /** Asks the JVM to stop (its shutdown hooks run), and kills it if it has not stopped in 20 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
