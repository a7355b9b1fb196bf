package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.LoginAttempts;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentHashMap;

/** {@link LoginAttempts} in a map, for the tests of the login use cases. */
public final class InMemoryLoginAttempts implements LoginAttempts {

    public final Map<Key, State> states = new ConcurrentHashMap<>();
    /** How many times {@link #clear} was asked (each one statement in the database). */
    public final AtomicInteger clears = new AtomicInteger();

    @Override
    public Optional<State> find(Key key) {
        return Optional.ofNullable(states.get(key));
    }

    @Override
    public Map<Key, State> findAll(Collection<Key> keys) {
        Map<Key, State> found = new HashMap<>();
        keys.forEach(key -> find(key).ifPresent(state -> found.put(key, state)));
        return found;
    }

    @Override
    public State count(Key key, Instant now, Instant forgottenAtOrBefore) {
        return states.merge(key, new State(1, now, null), (previous, first) -> previous.lastFailureAt()
                .isAfter(forgottenAtOrBefore)
                        ? new State(previous.consecutiveFailures() + 1, later(previous.lastFailureAt(), now),
                                previous.lockedUntil())
                        : new State(1, later(previous.lastFailureAt(), now), previous.lockedUntil()));
    }

    @Override
    public void lockUntil(Key key, Instant until) {
        states.computeIfPresent(key, (counted, state) -> state.lockedUntil() != null && !state.lockedUntil().isBefore(until)
                ? state : new State(state.consecutiveFailures(), state.lastFailureAt(), until));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public void clear(Collection<Key> keys) {
        clears.incrementAndGet();
        keys.forEach(states::remove);
    }

    @Override
    public int purgeQuietSince(Scope scope, Instant lastFailureAtOrBefore) {
        int before = states.size();
        states.entrySet().removeIf(entry -> entry.getKey().scope() == scope
                && !entry.getValue().lastFailureAt().isAfter(lastFailureAtOrBefore));
        return before - states.size();
    }
}
