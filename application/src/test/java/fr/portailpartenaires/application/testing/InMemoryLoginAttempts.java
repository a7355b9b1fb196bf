package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.LoginAttempts;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link LoginAttempts} in a map, for the tests of the login use cases. */
public final class InMemoryLoginAttempts implements LoginAttempts {

    public final Map<Key, State> states = new ConcurrentHashMap<>();

    @Override
    public Optional<State> find(Key key) {
        return Optional.ofNullable(states.get(key));
    }

    @Override
    public void save(Key key, State state) {
        states.put(key, state);
    }

    @Override
    public void clear(Key key) {
        states.remove(key);
    }

    @Override
    public int purgeQuietSince(Scope scope, Instant lastFailureAtOrBefore) {
        int before = states.size();
        states.entrySet().removeIf(entry -> entry.getKey().scope() == scope
                && !entry.getValue().lastFailureAt().isAfter(lastFailureAtOrBefore));
        return before - states.size();
    }
}
