package fr.portailpartenaires.application.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Asks every probe; the portal is ready when all answer. */
public final class HealthService implements CheckHealth {

    private final List<HealthProbe> probes;

    public HealthService(List<HealthProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    @Override
    public Health check() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        for (HealthProbe probe : probes) {
            checks.put(probe.name(), probe.isUp());
        }
        return new Health(checks.values().stream().allMatch(Boolean::booleanValue), checks);
    }
}
