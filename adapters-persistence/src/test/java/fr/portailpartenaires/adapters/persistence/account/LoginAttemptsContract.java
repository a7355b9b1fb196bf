package fr.portailpartenaires.adapters.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.shared.LoginAttempts.Key;
import fr.portailpartenaires.application.shared.LoginAttempts.Scope;
import fr.portailpartenaires.application.shared.LoginAttempts.State;
import fr.portailpartenaires.application.account.DeviceCookies;
import fr.portailpartenaires.application.account.LoginThrottling;
import fr.portailpartenaires.application.account.LoginThrottling.Attempt;
import fr.portailpartenaires.application.account.LoginThrottling.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Failed-login counts, and the throttling rules of spec §2.2 running on them. */
abstract class LoginAttemptsContract {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    private static final Key ALEX = new Key(Scope.ACCOUNT, "alex7");
    /** A forgetting instant no count here is as old as. */
    private static final Instant LONG_AGO = T0.minus(Duration.ofDays(365));

    /** An empty store. */
    protected abstract LoginAttempts emptyLoginAttempts();

    /** How many keys the store holds. */
    protected abstract int storedKeys();

    private LoginAttempts attempts;

    @BeforeEach
    void emptyTable() {
        attempts = emptyLoginAttempts();
    }

    @Nested
    class Storage {

        @Test
        void an_unknown_key_has_no_state() {
            assertThat(attempts.find(ALEX)).isEmpty();
        }

        @Test
        void a_key_counts_from_one_and_keeps_its_last_failure_to_the_microsecond() {
            State first = attempts.count(ALEX, T0.plusNanos(1_234_000), LONG_AGO);
            assertThat(first).isEqualTo(new State(1, T0.plusNanos(1_234_000), null));
            assertThat(attempts.find(ALEX)).contains(first);
            assertThat(attempts.count(ALEX, T0.plusSeconds(10), LONG_AGO)).isEqualTo(new State(2, T0.plusSeconds(10), null));
            assertThat(storedKeys()).isEqualTo(1);
        }

        @Test
        void a_count_quiet_since_the_forgetting_instant_starts_again_from_one() {
            counted(ALEX, 3, T0);
            assertThat(attempts.count(ALEX, T0.plusSeconds(60), T0.minusSeconds(1)).consecutiveFailures()).isEqualTo(4);
            assertThat(attempts.count(ALEX, T0.plusSeconds(120), T0.plusSeconds(60)).consecutiveFailures()).isEqualTo(1);
        }

        @Test
        void a_lock_is_lengthened_never_shortened() {
            counted(ALEX, 5, T0);
            attempts.lockUntil(ALEX, T0.plusSeconds(70));
            assertThat(attempts.find(ALEX)).contains(new State(5, T0, T0.plusSeconds(70)));
            attempts.lockUntil(ALEX, T0.plusSeconds(30));
            assertThat(attempts.find(ALEX).orElseThrow().lockedUntil()).isEqualTo(T0.plusSeconds(70));
            attempts.lockUntil(ALEX, T0.plusSeconds(130));
            assertThat(attempts.find(ALEX).orElseThrow().lockedUntil()).isEqualTo(T0.plusSeconds(130));
            assertThat(attempts.count(ALEX, T0.plusSeconds(140), LONG_AGO))
                    .as("a count keeps the lock").isEqualTo(new State(6, T0.plusSeconds(140), T0.plusSeconds(130)));
        }

        /** Repeated, on a fresh key each time: the first failures of one key at once are a race H2 loses rarely. */
        @RepeatedTest(10)
        void counts_made_at_once_are_each_counted(RepetitionInfo repetition) throws Exception {
            Key key = new Key(ALEX.scope(), ALEX.value() + "-" + repetition.getCurrentRepetition());
            int threads = 8;
            int each = 25;
            CountDownLatch gate = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                List<Future<?>> counting = new ArrayList<>();
                for (int thread = 0; thread < threads; thread++) {
                    counting.add(pool.submit(() -> {
                        gate.await();
                        for (int i = 0; i < each; i++) {
                            attempts.count(key, T0, LONG_AGO);
                        }
                        return null;
                    }));
                }
                gate.countDown();
                for (Future<?> done : counting) {
                    done.get();
                }
            }
            assertThat(attempts.find(key).orElseThrow().consecutiveFailures()).isEqualTo(threads * each);
        }

        @Test
        void the_forgotten_password_and_contact_counters_are_kept_apart_from_the_logins() {
            for (Scope scope : Scope.values()) {
                counted(new Key(scope, "203.0.113.7"), scope.ordinal() + 1, T0);
            }
            for (Scope scope : Scope.values()) {
                assertThat(attempts.find(new Key(scope, "203.0.113.7")).orElseThrow().consecutiveFailures())
                        .isEqualTo(scope.ordinal() + 1);
            }
            assertThat(attempts.purgeQuietSince(Scope.PASSWORD_RESET_ADDRESS, T0)).isEqualTo(1);
            assertThat(storedKeys()).isEqualTo(Scope.values().length - 1);
        }

        @Test
        void the_same_value_counts_separately_as_an_account_and_as_an_address() {
            counted(new Key(Scope.ACCOUNT, "203.0.113.7"), 3, T0);
            counted(new Key(Scope.ADDRESS, "203.0.113.7"), 9, T0);
            assertThat(attempts.find(new Key(Scope.ACCOUNT, "203.0.113.7")).orElseThrow().consecutiveFailures()).isEqualTo(3);
            assertThat(attempts.find(new Key(Scope.ADDRESS, "203.0.113.7")).orElseThrow().consecutiveFailures()).isEqualTo(9);
        }

        @Test
        void a_cleared_key_is_gone_and_clearing_an_unknown_one_is_harmless() {
            counted(ALEX, 2, T0);
            attempts.clear(List.of(ALEX));
            attempts.clear(List.of(new Key(Scope.ADDRESS, "inconnue")));
            attempts.clear(List.of());
            assertThat(attempts.find(ALEX)).isEmpty();
        }

        @Test
        void keys_cleared_together_are_all_gone_and_the_others_stay() {
            Key address = new Key(Scope.ADDRESS, "203.0.113.7");
            Key sameValueOtherScope = new Key(Scope.ACCOUNT_SOURCE, "alex7");
            Key other = new Key(Scope.ACCOUNT, "bea");
            counted(ALEX, 2, T0);
            counted(address, 1, T0);
            counted(sameValueOtherScope, 1, T0);
            counted(other, 3, T0);
            attempts.clear(List.of(ALEX, address, new Key(Scope.DEVICE, "inconnu")));
            assertThat(attempts.findAll(List.of(ALEX, address, sameValueOtherScope, other)))
                    .containsOnlyKeys(sameValueOtherScope, other);
        }

        @Test
        void keys_read_together_answer_each_its_own_state_and_nothing_for_unknown_ones() {
            Key address = new Key(Scope.ADDRESS, "alex7");
            counted(ALEX, 2, T0);
            counted(address, 5, T0.plusSeconds(3));
            Key unknown = new Key(Scope.ACCOUNT_SOURCE, "alex7");
            assertThat(attempts.findAll(List.of(ALEX, address, unknown))).containsExactlyInAnyOrderEntriesOf(
                    Map.of(ALEX, attempts.find(ALEX).orElseThrow(), address, attempts.find(address).orElseThrow()));
            assertThat(attempts.findAll(List.of(ALEX, address, unknown)).get(address).consecutiveFailures()).isEqualTo(5);
            assertThat(attempts.findAll(List.of())).isEmpty();
            assertThat(attempts.findAll(List.of(unknown))).isEmpty();
        }

        @Test
        void any_number_of_keys_is_read_together() {
            List<Key> keys = List.of(ALEX, new Key(Scope.ADDRESS, "192.0.2.1"), new Key(Scope.ACCOUNT_SOURCE, "x alex7"),
                    new Key(Scope.DEVICE, "d1"), new Key(Scope.ACCOUNT, "bea"), new Key(Scope.ACCOUNT, "chloe"));
            for (int i = 0; i < keys.size(); i++) {
                counted(keys.get(i), i + 1, T0);
            }
            for (int size = 1; size <= keys.size(); size++) {
                Map<Key, State> found = attempts.findAll(keys.subList(0, size));
                assertThat(found).as("%d keys", size).containsOnlyKeys(keys.subList(0, size));
                for (int i = 0; i < size; i++) {
                    assertThat(found.get(keys.get(i)).consecutiveFailures()).isEqualTo(i + 1);
                }
            }
        }

        @Test
        void the_longest_key_fits() {
            Key longest = new Key(Scope.ACCOUNT, "é".repeat(Key.MAX_LENGTH));
            counted(longest, 1, T0);
            assertThat(attempts.find(longest)).isPresent();
        }

        @Test
        void the_purge_deletes_the_quiet_keys_of_one_scope_only() {
            counted(ALEX, 1, T0);
            counted(new Key(Scope.ACCOUNT, "marie"), 1, T0.plusSeconds(1));
            counted(new Key(Scope.ADDRESS, "203.0.113.7"), 1, T0);
            assertThat(attempts.purgeQuietSince(Scope.ACCOUNT, T0)).isEqualTo(1);
            assertThat(attempts.find(ALEX)).isEmpty();
            assertThat(attempts.find(new Key(Scope.ACCOUNT, "marie"))).isPresent();
            assertThat(attempts.find(new Key(Scope.ADDRESS, "203.0.113.7"))).isPresent();
        }

        private void counted(Key key, int times, Instant at) {
            for (int i = 0; i < times; i++) {
                attempts.count(key, at, LONG_AGO);
            }
        }
    }

    @Nested
    class Throttling {

        private static final String IP = "203.0.113.7";

        private LoginThrottling throttling;
        private Instant now = T0;

        @BeforeEach
        void throttling() {
            throttling = new LoginThrottling(attempts, new DeviceCookies(purpose -> new byte[32]));
        }

        private Duration lockAfterFailing(String login, String address) {
            throttling.recordFailure(new Attempt(login, address), now);
            return switch (throttling.check(new Attempt(login, address), now)) {
                case Decision.Allowed allowed -> Duration.ZERO;
                case Decision.Blocked blocked -> Duration.between(now, blocked.until());
            };
        }

        @Test
        void the_fifth_failure_blocks_for_one_minute_then_two_four_eight_fifteen_fifteen() {
            List<Long> minutes = new ArrayList<>();
            for (int failure = 1; failure <= 10; failure++) {
                Duration lock = lockAfterFailing("Alex7", IP);
                minutes.add(lock.toMinutes());
                now = now.plus(lock);
                assertThat(throttling.check(new Attempt("Alex7", IP), now)).isInstanceOf(Decision.Allowed.class);
            }
            assertThat(minutes).containsExactly(0L, 0L, 0L, 0L, 1L, 2L, 4L, 8L, 15L, 15L);
        }

        @Test
        void a_success_resets_the_account() {
            for (int failure = 1; failure <= 4; failure++) {
                lockAfterFailing("Alex7", IP);
            }
            throttling.recordSuccess(new Attempt("ALEX7", IP));
            assertThat(attempts.find(ALEX)).isEmpty();
            assertThat(attempts.find(new Key(Scope.ACCOUNT_SOURCE, IP + " alex7"))).isEmpty();
            assertThat(lockAfterFailing("Alex7", IP)).isZero();
        }

        @Test
        void twenty_failures_from_one_address_over_different_logins_block_the_address() {
            for (int i = 0; i < 19; i++) {
                assertThat(lockAfterFailing("login" + i, IP)).isZero();
            }
            assertThat(lockAfterFailing("login19", IP)).isEqualTo(Duration.ofMinutes(1));
            assertThat(throttling.check(new Attempt("quelquun", IP), now)).isInstanceOf(Decision.Blocked.class);
            assertThat(throttling.check(new Attempt("quelquun", "192.0.2.1"), now)).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void ten_failures_from_ten_addresses_lock_the_account_for_unknown_browsers_only() {
            String owner = throttling.recordSuccess(new Attempt("Alex7", "192.0.2.10"));
            for (int i = 0; i < 10; i++) {
                lockAfterFailing("Alex7", "198.51.100." + i);
            }
            assertThat(throttling.check(new Attempt("Alex7", "192.0.2.10"), now))
                    .isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(1)), true));
            assertThat(throttling.check(new Attempt("Alex7", "192.0.2.10", java.util.Optional.of(owner)), now))
                    .isInstanceOf(Decision.Allowed.class);
        }
    }
}
