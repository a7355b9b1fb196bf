package fr.portailpartenaires.application.health;

import fr.portailpartenaires.application.shared.UseCase;
import java.util.Map;

/** Liveness and readiness of the portal (for {@code /health} and orchestrators). */
@UseCase
public interface CheckHealth {

    /** Readiness: every dependency answered. */
    Health check();

    /**
     * @param ready  true when every check passed
     * @param checks each dependency by name, true when it answered
     */
    record Health(boolean ready, Map<String, Boolean> checks) {
        public Health {
            checks = Map.copyOf(checks);
        }
    }
}
