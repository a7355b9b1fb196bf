package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.registration.CaptchaStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CaptchaStore} in a map, for the tests of the use cases with a captcha. */
public final class InMemoryCaptchaStore implements CaptchaStore {

    public final Map<UUID, Challenge> challenges = new ConcurrentHashMap<>();

    @Override
    public void save(Challenge challenge) {
        challenges.put(challenge.id(), challenge);
    }

    @Override
    public Optional<Challenge> take(UUID id) {
        return Optional.ofNullable(challenges.remove(id));
    }

    @Override
    public void discard(UUID id) {
        challenges.remove(id);
    }

    @Override
    public int purgeExpired(Instant now) {
        int before = challenges.size();
        challenges.values().removeIf(challenge -> !challenge.expiresAt().isAfter(now));
        return before - challenges.size();
    }
}
