package fr.portailpartenaires.adapters.persistence;

import fr.portailpartenaires.application.health.HealthProbe;

/** Readiness of the database: a trivial query answers. */
public final class DatabaseHealthProbe implements HealthProbe {

    private final Database database;

    public DatabaseHealthProbe(Database database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean isUp() {
        return database.isReachable();
    }
}
