package fr.portailpartenaires.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL (zonky) that a test stops and starts again as an operator or a crash would, on the same data
 * directory and port. zonky has no restart: its data directory is kept, and the server's own {@code pg_ctl} — next
 * to the running {@code postgres} binary — stops it and starts it with the options zonky gave it, read from
 * {@code postmaster.opts}. As zonky does, it runs in a user namespace of its own ({@code unshare -U}) where it can,
 * since {@code pg_ctl} refuses to run as root.
 */
final class RestartablePostgres implements AutoCloseable {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private final Path pgCtl;
    private final String options;

    private RestartablePostgres(Path dataDirectory, EmbeddedPostgres postgres) throws IOException {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip();
        this.pgCtl = Files.readSymbolicLink(Path.of("/proc", pid, "exe")).resolveSibling("pg_ctl");
        this.options = options(Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8));
    }

    /** Starts a new server on a data directory of its own, kept until {@link #close()}. */
    static RestartablePostgres start() throws IOException {
        Path dataDirectory = Files.createTempDirectory("portail-pg-");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
        return new RestartablePostgres(dataDirectory, postgres);
    }

    /** Every option but the data directory, each quoted as {@code postmaster.opts} quotes them. */
    private static String options(String postmasterOpts) {
        List<String> arguments = new ArrayList<>();
        Matcher argument = QUOTED.matcher(postmasterOpts);
        while (argument.find()) {
            arguments.add(argument.group(1));
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals("-D")) {
                i++;
            } else {
                kept.add("\"" + arguments.get(i) + "\"");
            }
        }
        return String.join(" ", kept);
    }

    EmbeddedPostgres embedded() {
        return postgres;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** {@code pg_ctl stop -m fast}: open sessions are ended (their transactions rolled back) and the server exits. */
    void stop() {
        pgCtl("stop", "-m", "fast", "-w");
    }

    /** {@code pg_ctl start} on the same directory, port and options; returns once the server accepts connections. */
    void startAgain() {
        pgCtl("start", "-w", "-l", dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log").toString(),
                "-o", options);
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server (whichever process runs it now) and deletes its data directory. */
    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            Files.deleteIfExists(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log"));
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
