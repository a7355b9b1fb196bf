package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.account.EmailChanges;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link EmailChanges} in memory: one pending request per account, found by its token's hash. */
public final class InMemoryEmailChanges implements EmailChanges {

    private final Map<String, Pending> byTokenHash = new LinkedHashMap<>();

    @Override
    public synchronized void replace(Pending pending) {
        byTokenHash.values().removeIf(other -> other.account().equals(pending.account()));
        byTokenHash.put(pending.tokenHash(), pending);
    }

    @Override
    public synchronized Optional<Pending> findByTokenHash(String tokenHash) {
        return Optional.ofNullable(byTokenHash.get(tokenHash));
    }

    @Override
    public synchronized boolean consume(String tokenHash) {
        return byTokenHash.remove(tokenHash) != null;
    }

    public synchronized List<Pending> pending() {
        return List.copyOf(byTokenHash.values());
    }
}
