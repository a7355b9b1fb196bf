package fr.portailpartenaires.adapters.persistence.registration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.registration.CaptchaStore;
import fr.portailpartenaires.application.registration.CaptchaStore.Challenge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The captcha challenges: stored as hashes, taken once, purged when expired. */
abstract class CaptchaStoreContract {

    static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

    /** An empty store. */
    protected abstract CaptchaStore emptyCaptchaStore();

    /** The ids of the challenges the store holds. */
    protected abstract List<UUID> storedIds();

    CaptchaStore store;

    @BeforeEach
    void emptyTable() {
        store = emptyCaptchaStore();
    }

    static Challenge challenge(Instant expiresAt) {
        return new Challenge(UUID.randomUUID(), "ab".repeat(32), expiresAt);
    }

    @Test
    void a_saved_challenge_is_taken_once() {
        Challenge saved = challenge(T0.plusMillis(123));
        store.save(saved);
        assertThat(store.take(saved.id())).contains(saved);
        assertThat(store.take(saved.id())).isEmpty();
    }

    @Test
    void an_unknown_challenge_is_not_taken() {
        assertThat(store.take(UUID.randomUUID())).isEmpty();
    }

    @Test
    void a_discarded_challenge_is_gone_and_discarding_an_unknown_one_is_harmless() {
        Challenge saved = challenge(T0);
        store.save(saved);
        store.discard(saved.id());
        store.discard(UUID.randomUUID());
        assertThat(store.take(saved.id())).isEmpty();
    }

    @Test
    void the_purge_deletes_challenges_expired_at_or_before_now() {
        Challenge expired = challenge(T0.minusSeconds(1));
        Challenge expiringNow = challenge(T0);
        Challenge alive = challenge(T0.plusSeconds(1));
        List.of(expired, expiringNow, alive).forEach(store::save);
        assertThat(store.purgeExpired(T0)).isEqualTo(2);
        assertThat(storedIds()).containsExactly(alive.id());
    }

    @Test
    void of_concurrent_takes_of_one_challenge_at_most_one_succeeds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                Challenge saved = challenge(T0);
                store.save(saved);
                List<Callable<Optional<Challenge>>> takes = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    takes.add(() -> store.take(saved.id()));
                }
                long winners = 0;
                for (Future<Optional<Challenge>> take : pool.invokeAll(takes)) {
                    winners += take.get().isPresent() ? 1 : 0;
                }
                assertThat(winners).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
