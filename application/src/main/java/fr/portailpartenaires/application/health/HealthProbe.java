package fr.portailpartenaires.application.health;

/** A dependency the portal needs to serve requests (the database…), asked whether it answers. */
public interface HealthProbe {

    /** A short, stable name shown in the health report, e.g. {@code database}. */
    String name();

    /** True when the dependency answers now; never throws. */
    boolean isUp();
}
