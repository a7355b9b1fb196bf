package fr.portailpartenaires.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The anchor of the login benchmark: Keycloak (the {@code keycloak-quarkus-dist} zip from Maven Central, unpacked
 * by {@code bench/run.sh} into a cache outside the repository) started as its documentation's first page starts it,
 * {@code bin/kc.sh start-dev} with a bootstrap administrator and its own defaults (JVM options, Argon2 hashing: id,
 * m = 7 MiB, t = 5, p = 1, in BouncyCastle's pure Java), on 127.0.0.1 and a free port, with a new H2 file database
 * ({@code data/} of the unpacked folder is removed first). A login is the OAuth password grant of the master realm's
 * {@code admin-cli} client: one password verification, like the portal's {@code POST /api/session}.
 */
final class KeycloakUnderTest implements AutoCloseable {

    static final String ADMIN = "admin";
    /** The portal's demo password: both sides hash the same bytes. */
    static final String PASSWORD = "CielBleu62";
    private static final Pattern READY = Pattern.compile("started in .*Listening on: http://127\\.0\\.0\\.1:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final ServiceProcess process;
    private final URI base;

    private KeycloakUnderTest(ServiceProcess process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts {@code <home>/bin/kc.sh start-dev} on the benchmark's JDK and waits for its start-up line. */
    static KeycloakUnderTest start(Path home, Path logs) throws IOException, InterruptedException {
        Report.deleteQuietly(home.resolve("data"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port);
        Report.log("Starting Keycloak: " + String.join(" ", command));
        ServiceProcess process = ServiceProcess.start(command, Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD), logs.resolve("keycloak.log"), READY, START_TIMEOUT);
        return new KeycloakUnderTest(process, URI.create("http://127.0.0.1:" + process.readyGroups().getFirst() + "/"));
    }

    /** The password grant of the bootstrap administrator on the master realm's {@code admin-cli}. */
    HttpRequest loginRequest() {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(base.resolve("realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    /** One login; fails unless Keycloak answers 200 with an access token. */
    static void login(HttpClient client, HttpRequest login) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(login, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"access_token\"")) {
            throw new IllegalStateException("Keycloak's token endpoint answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /**
     * The Java process serving Keycloak: {@code kc.sh} runs it as its child ({@code exec} is not used), so the
     * memory and CPU measured are the JVM's, not the shell's.
     */
    long serverPid() {
        return process.toHandle().children().findFirst().map(ProcessHandle::pid).orElse(process.pid());
    }

    ServiceProcess process() {
        return process;
    }

    @Override
    public void close() throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.close();
    }
}
