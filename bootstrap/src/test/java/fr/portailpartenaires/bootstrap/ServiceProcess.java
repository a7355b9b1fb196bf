package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP service ({@link Main}, configured by environment variables as an operator would) in a JVM of its own,
 * for the crash and several-instances tests: started, then killed with SIGKILL (no shutdown hook, nothing flushed) or
 * stopped with SIGTERM. Its output is kept for the assertions and the failure messages. Should the test's JVM end
 * first (interrupted, timed out), its shutdown hook kills the service, so that no instance outlives its test.
 *
 * <p>The crash tests start it tens of times, so a start is made cheap: client compiler only, a small serial heap
 * (no class-data archive: its dynamic dump refuses the build's class directories and makes a clean stop exit with 1).
 */
final class ServiceProcess {

    private static final Pattern STARTED = Pattern.compile("démarré : (http://\\S+/)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final long startedNanos;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private volatile String url;

    private ServiceProcess(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** Starts the service with these settings (added to this JVM's environment) and waits until it listens. */
    static ServiceProcess start(Map<String, String> settings) {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java,
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Dstdout.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAIL_"));
        builder.environment().putAll(settings);
        long startedNanos = System.nanoTime();
        ServiceProcess service;
        try {
            service = new ServiceProcess(builder.start(), startedNanos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service.process::destroyForcibly, "service-process-reaper"));
        Thread.ofPlatform().daemon().name("service-output").start(service::readOutput);
        long deadline = startedNanos + START_TIMEOUT.toNanos();
        while (service.url == null) {
            if (!service.process.isAlive() || System.nanoTime() > deadline) {
                service.process.destroyForcibly();
                throw new AssertionError("The service did not start:\n" + String.join("\n", service.output));
            }
            SchedulerClusterIT.sleep(10);
        }
        return service;
    }

    private void readOutput() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
                Matcher started = STARTED.matcher(line);
                if (url == null && started.find()) {
                    url = started.group(1);
                }
            }
        } catch (IOException e) {
            output.add("(output no longer readable: " + e + ")");
        }
    }

    /** Its address, {@code http://127.0.0.1:port/}. */
    String url() {
        return url;
    }

    /** Time since the process was launched. */
    Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** SIGKILL: the process dies at once, as in a crash or an OOM kill. */
    void kill() {
        if (!process.isAlive()) {
            return;
        }
        process.destroyForcibly();
        assertThat(waitFor()).as("killed by SIGKILL").isEqualTo(128 + 9);
    }

    /** SIGKILL without a question: a clean-up that must reach every process, whatever the test's outcome. */
    void destroy() {
        process.destroyForcibly();
    }

    /** SIGTERM: the shutdown hook stops the service cleanly (the end of a test). */
    void stop() {
        process.destroy();
        assertThat(waitFor()).as("stopped cleanly:\n%s", String.join("\n", output)).isIn(0, 128 + 15);
    }

    /** SIGTERM without waiting: the test watches what the service does while it stops. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the end of the process; its exit code, or empty if it still runs after the wait. */
    java.util.OptionalInt exitWithin(Duration wait) {
        try {
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)
                    ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The service did not end within 60 s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lines it printed so far. */
    List<String> output() {
        return List.copyOf(output);
    }
}
