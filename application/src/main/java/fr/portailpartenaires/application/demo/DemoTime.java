package fr.portailpartenaires.application.demo;

import java.time.Duration;
import java.time.Instant;

/** The portal's time as the demonstration moves it: ahead of the real time by an offset that only grows. */
public interface DemoTime {

    /** Whether this portal runs the demonstration (its clock may move); false in production. */
    boolean adjustable();

    /** How far ahead of the real time the portal is. */
    Duration offset();

    /** The portal's now. */
    Instant now();

    /** Moves the portal's time forward. */
    void advance(Duration duration);

    /** The time of a portal that is no demonstration: it cannot move. */
    static DemoTime fixed(java.time.Clock clock) {
        return new DemoTime() {
            @Override
            public boolean adjustable() {
                return false;
            }

            @Override
            public Duration offset() {
                return Duration.ZERO;
            }

            @Override
            public Instant now() {
                return clock.instant();
            }

            @Override
            public void advance(Duration duration) {
                throw new IllegalStateException("Only a demonstration portal's time moves");
            }
        };
    }
}
