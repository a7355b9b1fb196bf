package fr.portailpartenaires.bootstrap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's configuration, read from environment variables (which win) and an optional
 * properties file named by {@code PORTAIL_CONFIG_FILE}, validated at start with clear messages.
 *
 * @param httpHost   interface to listen on ({@code PORTAIL_HTTP_HOST}, default {@code 127.0.0.1})
 * @param httpPort   port ({@code PORTAIL_HTTP_PORT}, default 8080; 0 picks a free one)
 * @param dataDir    where the embedded H2 database lives ({@code PORTAIL_DATA_DIR}, default {@code ./data})
 * @param jdbcUrl    a PostgreSQL JDBC URL ({@code PORTAIL_DB_URL}); empty = embedded H2 in {@code dataDir}
 * @param dbUser     database user ({@code PORTAIL_DB_USER})
 * @param dbPassword database password ({@code PORTAIL_DB_PASSWORD})
 */
public record PortalConfig(String httpHost, int httpPort, Path dataDir, Optional<String> jdbcUrl,
        String dbUser, String dbPassword) {

    /** Thrown when the configuration is invalid; its message lists every problem. */
    public static final class InvalidConfigurationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidConfigurationException(List<String> problems) {
            super("Configuration invalide :\n - " + String.join("\n - ", problems));
        }
    }

    public static PortalConfig from(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        String host = setting(settings, "PORTAIL_HTTP_HOST").orElse("127.0.0.1");
        int port = 8080;
        Optional<String> rawPort = setting(settings, "PORTAIL_HTTP_PORT");
        if (rawPort.isPresent()) {
            try {
                port = Integer.parseInt(rawPort.get());
                if (port < 0 || port > 65_535) {
                    problems.add("PORTAIL_HTTP_PORT doit être compris entre 0 et 65535 (reçu : " + rawPort.get() + ").");
                }
            } catch (NumberFormatException e) {
                problems.add("PORTAIL_HTTP_PORT doit être un nombre entier (reçu : " + rawPort.get() + ").");
            }
        }
        Path dataDir = Path.of(setting(settings, "PORTAIL_DATA_DIR").orElse("data"));
        Optional<String> jdbcUrl = setting(settings, "PORTAIL_DB_URL");
        if (jdbcUrl.isPresent() && !jdbcUrl.get().startsWith("jdbc:postgresql:")) {
            problems.add("PORTAIL_DB_URL doit être une URL JDBC PostgreSQL (jdbc:postgresql://hôte:port/base) ;"
                    + " laissez-la vide pour la base H2 embarquée.");
        }
        String user = setting(settings, "PORTAIL_DB_USER").orElse("");
        String password = setting(settings, "PORTAIL_DB_PASSWORD").orElse("");
        if (jdbcUrl.isPresent() && user.isEmpty()) {
            problems.add("PORTAIL_DB_USER est obligatoire avec PORTAIL_DB_URL.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new PortalConfig(host, port, dataDir, jdbcUrl, user, password);
    }

    private static Optional<String> setting(Map<String, String> settings, String key) {
        return Optional.ofNullable(settings.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** Password-free description for the start-up log. */
    public String databaseDescription() {
        return jdbcUrl.map(url -> "PostgreSQL " + url.replaceAll("password=[^&]*", "password=***"))
                .orElse("H2 embarquée (" + dataDir.toAbsolutePath().normalize() + ")");
    }
}
