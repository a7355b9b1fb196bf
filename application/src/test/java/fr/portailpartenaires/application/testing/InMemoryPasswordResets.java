package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.PasswordResets;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PasswordResets} in a map, for the tests of the use cases. */
public final class InMemoryPasswordResets implements PasswordResets {

    public final Map<UserId, Pending> pending = new ConcurrentHashMap<>();

    @Override
    public Optional<Pending> find(UserId account) {
        return Optional.ofNullable(pending.get(account));
    }

    @Override
    public void save(UserId account, Pending reset) {
        pending.put(account, reset);
    }

    @Override
    public void delete(UserId account) {
        pending.remove(account);
    }

    @Override
    public int purgeExpired(Instant now) {
        int before = pending.size();
        pending.values().removeIf(reset -> !reset.isValidAt(now));
        return before - pending.size();
    }
}
