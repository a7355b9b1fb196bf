package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.port.in.CheckHealth;
import java.util.Objects;

/**
 * The use cases the HTTP adapter serves, handed over by the wiring in {@code bootstrap}.
 *
 * @param health liveness and readiness
 */
public record WebDependencies(CheckHealth health) {

    public WebDependencies {
        Objects.requireNonNull(health, "health");
    }
}
