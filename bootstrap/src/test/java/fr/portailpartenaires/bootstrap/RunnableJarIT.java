package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command starts {@code java -jar bootstrap/target/portail.jar}: the packaged jar and
 * its {@code lib/} folder start the service on the embedded H2 with the demo data, and print its URL.
 */
class RunnableJarIT {

    private static final Pattern STARTED = Pattern.compile("démarré : (http://\\S+/)");

    @Test
    void the_packaged_jar_starts_the_service_and_prints_its_url(@TempDir Path dataDir) throws Exception {
        Path jar = Path.of("target", "portail.jar");
        assertThat(jar).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString()).redirectErrorStream(true);
        builder.environment().put("PORTAIL_HTTP_PORT", "0");
        builder.environment().put("PORTAIL_DATA_DIR", dataDir.toString());
        Process process = builder.start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String url = null;
            StringBuilder seen = new StringBuilder();
            for (String line = output.readLine(); line != null && url == null; line = output.readLine()) {
                seen.append(line).append('\n');
                Matcher matcher = STARTED.matcher(line);
                if (matcher.find()) {
                    url = matcher.group(1);
                }
            }
            assertThat(url).as("the start-up log:\n%s", seen).isNotNull();
            assertThat(seen.toString()).as("the service's log configuration, chosen by Main: its levels and format")
                    .doesNotContain(" DEBUG ")
                    .containsPattern("(?m)^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\[main\\] [\\w.]+ - Portail partenaires démarré");
            var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\":true");
            try (var files = Files.list(dataDir)) {
                assertThat(files.map(p -> p.getFileName().toString())).contains("portail.mv.db");
            }
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * The web adapter and Logback are optional dependencies of the library (ADR 21, ADR 23): the runnable jar still
     * packs them in its {@code lib/} folder and names them in its manifest's class path.
     */
    @Test
    void the_runnable_jar_packs_the_optional_web_adapter_and_logback() throws Exception {
        try (JarFile runnable = new JarFile(Path.of("target", "portail.jar").toFile())) {
            assertThat(List.of(runnable.getManifest().getMainAttributes().getValue("Class-Path").split(" ")))
                    .anyMatch(entry -> entry.matches("lib/portail-adapters-web-[^/]+\\.jar"))
                    .anyMatch(entry -> entry.matches("lib/javalin-[^/]+\\.jar"))
                    .anyMatch(entry -> entry.matches("lib/logback-classic-[^/]+\\.jar"));
        }
        try (var lib = Files.list(Path.of("target", "lib"))) {
            assertThat(lib.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("portail-adapters-web-"))
                    .anyMatch(name -> name.startsWith("javalin-"))
                    .anyMatch(name -> name.startsWith("logback-classic-"));
        }
    }

    /**
     * The jars a service embedding the portal puts on its class path (issue 16) carry no logging backend and no
     * logging configuration: the host keeps its own. The runnable jar's is a resource that only {@link Main} names.
     */
    @Test
    void no_library_jar_carries_a_logging_backend_or_configuration() throws Exception {
        List<Path> jars = new ArrayList<>();
        for (String module : List.of("domain", "application", "adapters-persistence", "adapters-web", "adapters-mail")) {
            try (var files = Files.list(Path.of("..", module, "target"))) {
                files.filter(file -> file.getFileName().toString().matches("portail-" + module + "-[^-]+(-SNAPSHOT)?\\.jar"))
                        .forEach(jars::add);
            }
        }
        jars.add(Path.of("target", "portail.jar"));
        assertThat(jars).as("the five library modules' jars and bootstrap's").hasSize(6);
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.stream().map(entry -> entry.getName()))
                        .as("the entries of %s", jar)
                        .noneMatch(name -> name.matches("(?i)(logback|logback-test|log4j2?|log4j2-test)\\.(xml|properties|groovy)"))
                        .noneMatch(name -> name.startsWith("ch/qos/") || name.startsWith("org/apache/logging/"));
            }
        }
        try (JarFile runnable = new JarFile(Path.of("target", "portail.jar").toFile())) {
            assertThat(runnable.getEntry(Main.LOG_CONFIGURATION)).as("the service's own configuration").isNotNull();
        }
    }
}
