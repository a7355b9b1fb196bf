package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.demo.DemoTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The demonstration portal's clock: the real one plus an offset that only grows (spec §3.5). Every service reads
 * it, so moving it forward shows the time rules at once; the background jobs pick the new time at their next run.
 */
final class DemoClock extends Clock implements DemoTime {

    private final Clock real;
    private volatile Duration offset;

    DemoClock(Clock real, Duration startOffset) {
        this.real = Objects.requireNonNull(real, "real");
        this.offset = Objects.requireNonNull(startOffset, "startOffset");
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The portal reads instants; business dates are taken in Paris");
    }

    @Override
    public boolean adjustable() {
        return true;
    }

    @Override
    public Duration offset() {
        return offset;
    }

    @Override
    public Instant now() {
        return instant();
    }

    @Override
    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The demonstration's time only moves forward");
        }
        offset = offset.plus(duration);
    }
}
