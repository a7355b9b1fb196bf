package fr.portailpartenaires.adapters.web.health;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@code GET /metrics} serves: the Prometheus text exposition, to a scraper that presents the configured
 * bearer token. Without a token configured the route answers 404, so metrics are never public by default.
 *
 * @param token  the secret a scraper sends as {@code Authorization: Bearer <token>}; empty disables the route
 * @param scrape the current metrics in the Prometheus text format
 */
public record MetricsEndpoint(Optional<String> token, Supplier<String> scrape) {

    public MetricsEndpoint {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(scrape, "scrape");
    }

    /** No metrics over HTTP. */
    public static MetricsEndpoint disabled() {
        return new MetricsEndpoint(Optional.empty(), () -> "");
    }
}
