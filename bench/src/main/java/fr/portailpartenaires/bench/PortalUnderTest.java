package fr.portailpartenaires.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * The portal as the benchmarks run it: the runnable jar {@code bootstrap/target/portail.jar} in its own JVM, started
 * as {@code ./portail run} starts it ({@code MALLOC_ARENA_MAX=2 java @bootstrap/portail.jvmopts -jar …}, or the options of
 * {@code BENCH_SERVICE_JVM_OPTS}), plus a GC log, on 127.0.0.1 with a free port, a new data folder and the demo data;
 * every other {@code PORTAIL_*} variable of the caller is removed. Also the HTTP client and the demo login the
 * benchmarks share.
 */
final class PortalUnderTest implements AutoCloseable {

    /** The demo partner administrator's login (docs/demo). */
    static final String DEMO_LOGIN = "{\"login\":\"Alex7\",\"motDePasse\":\"CielBleu62\"}";
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern READY = Pattern.compile("Portail partenaires d\\S+ : http://127\\.0\\.0\\.1:(\\d+)/");

    private final ServiceProcess process;
    private final URI base;
    private final String startCommand;

    private PortalUnderTest(ServiceProcess process, URI base, String startCommand) {
        this.process = process;
        this.base = base;
        this.startCommand = startCommand;
    }

    /** The servers' JVM options: {@code BENCH_SERVICE_JVM_OPTS}, else {@code @bootstrap/portail.jvmopts}. */
    static List<String> jvmOptions(Path root) {
        return Arrays.asList(System.getenv().getOrDefault("BENCH_SERVICE_JVM_OPTS",
                "@" + root.resolve("bootstrap/portail.jvmopts")).trim().split("\\s+"));
    }

    /** The {@code java} launcher of the JDK running the benchmark (the servers run on the same JDK). */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A client as a browser's connections: HTTP/1.1, keep-alive, no cookie store, redirects not followed. */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Starts the portal and waits for its start-up line.
     *
     * @param logs    where {@code <name>.log} (its output) and {@code <name>-gc.log} go
     * @param dataDir its {@code PORTAIL_DATA_DIR} (a new folder: embedded H2 file database)
     */
    static PortalUnderTest start(Path root, List<String> jvmOptions, Path logs, String name, Path dataDir)
            throws IOException, InterruptedException {
        return start(root, jvmOptions, logs, name, dataDir, Map.of());
    }

    /**
     * Starts the portal with more settings, e.g. {@code PORTAIL_DB_URL}, {@code PORTAIL_DB_USER} and
     * {@code PORTAIL_DB_PASSWORD} for a PostgreSQL database instead of the embedded H2.
     */
    static PortalUnderTest start(Path root, List<String> jvmOptions, Path logs, String name, Path dataDir,
            Map<String, String> settings) throws IOException, InterruptedException {
        Path jar = root.resolve("bootstrap/target/portail.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn -B -q install -DskipTests` at the repository root");
        }
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        // observation only: the GC's own log, to tell GC time from work
        command.add("-Xlog:gc:file=" + logs.resolve(name + "-gc.log"));
        List<String> missing = missingFromRunnableJar(jar);
        if (missing.isEmpty()) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            // the same jar (its manifest class path still applies) plus the libraries it lacks
            Report.log("WARNING: bootstrap/target/lib lacks " + missing.stream().map(e -> Path.of(e).getFileName().toString())
                    .toList() + "; `java -jar portail.jar` cannot start, so they are added with -cp");
            command.addAll(List.of("-cp", jar + File.pathSeparator
                    + String.join(File.pathSeparator, missing), "fr.portailpartenaires.bootstrap.Main"));
        }
        String shown = String.join(" ", command.subList(1, command.size()))
                .replace(root + "/", "").replace(System.getProperty("user.home"), "~");
        Report.log("Starting the service: " + String.join(" ", command));
        Map<String, String> environment = new HashMap<>(settings);
        // as ./portail run sets it (glibc's cap on its native heaps), unless the caller chose another value
        environment.put("MALLOC_ARENA_MAX", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2"));
        environment.putAll(Map.of(
                "PORTAIL_HTTP_HOST", "127.0.0.1",
                "PORTAIL_HTTP_PORT", "0",
                "PORTAIL_DATA_DIR", dataDir.toString(),
                "PORTAIL_DEMO", "true"));
        ServiceProcess process = ServiceProcess.start(command, environment, logs.resolve(name + ".log"), READY,
                START_TIMEOUT);
        return new PortalUnderTest(process, URI.create("http://127.0.0.1:" + process.readyGroups().getFirst() + "/"), shown);
    }

    /**
     * The libraries the runnable jar's manifest names ({@code Class-Path: lib/…}) that {@code bootstrap/target/lib}
     * lacks, as found on this benchmark's class path (none when bootstrap's packaging is complete). Only the
     * manifest's: the benchmark's own libraries (embedded PostgreSQL and its older slf4j) never reach the service.
     */
    private static List<String> missingFromRunnableJar(Path jar) throws IOException {
        String classPath;
        try (JarFile runnable = new JarFile(jar.toFile())) {
            classPath = runnable.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        }
        List<String> ours = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> missing = new ArrayList<>();
        for (String entry : classPath == null ? new String[0] : classPath.trim().split("\\s+")) {
            if (!Files.exists(jar.resolveSibling(entry))) {
                String name = Path.of(entry).getFileName().toString();
                missing.add(ours.stream().filter(path -> Path.of(path).getFileName().toString().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalStateException(jar + " needs " + entry + ", found nowhere")));
            }
        }
        return missing;
    }

    ServiceProcess process() {
        return process;
    }

    /** {@code http://127.0.0.1:<port>/} */
    URI base() {
        return base;
    }

    /** The command's options and jar, relative to the repository and the home folder (for the report). */
    String startCommand() {
        return startCommand;
    }

    /** {@code POST /api/session} of the demo partner administrator. */
    HttpRequest loginRequest() {
        return loginRequest(DEMO_LOGIN);
    }

    /** {@code POST /api/session} with this body ({@code {"login":…,"motDePasse":…}}). */
    HttpRequest loginRequest(String body) {
        return HttpRequest.newBuilder(base.resolve("api/session"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** One login; answers its session cookie ({@code portail_session=…}), as a browser sends it back. */
    static String login(HttpClient client, HttpRequest login) throws IOException, InterruptedException {
        return session(client, login).cookie();
    }

    /** A session: its cookie as a browser sends it back, and the CSRF token the JSON API's writes repeat. */
    record Session(String cookie, String csrfToken) {
    }

    /** One login; answers the session it opened. */
    static Session session(HttpClient client, HttpRequest login) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(login, HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().firstValue("Set-Cookie").orElse("");
        if (response.statusCode() != 200 || !cookie.startsWith("portail_session=")) {
            throw new IllegalStateException("login answered " + response.statusCode() + ": " + response.body());
        }
        return new Session(cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')),
                new ObjectMapper().readTree(response.body()).path("csrfToken").asText());
    }

    /** One request whose answer must be 200; answers it, its body read whole (as sent: not decompressed). */
    static HttpResponse<byte[]> ok(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response;
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
