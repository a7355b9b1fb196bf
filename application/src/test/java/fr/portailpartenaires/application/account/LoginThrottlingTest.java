package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.ThrottlePolicy;
import fr.portailpartenaires.application.testing.InMemoryLoginAttempts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.LoginAttempts.Key;
import fr.portailpartenaires.application.shared.LoginAttempts.Scope;
import fr.portailpartenaires.application.account.LoginThrottling.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LoginThrottlingTest {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    private static final String IP = "203.0.113.7";

    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final LoginThrottling throttling = new LoginThrottling(attempts);

    private Instant now = T0;

    private void fail(String login, String address) {
        throttling.recordFailure(login, address, now);
    }

    private void failTimes(int times, String login) {
        for (int i = 0; i < times; i++) {
            fail(login, "198.51.100." + i);
        }
    }

    /** Waits for the lock to end, then fails once more: the length of the lock this failure caused. */
    private Duration lockCausedByTheNextFailure(String login) {
        Decision decision = throttling.check(login, IP, now);
        if (decision instanceof Decision.Blocked blocked) {
            now = blocked.until();
        }
        fail(login, "198.51.100.200");
        return switch (throttling.check(login, "192.0.2.1", now)) {
            case Decision.Allowed allowed -> Duration.ZERO;
            case Decision.Blocked blocked -> Duration.between(now, blocked.until());
        };
    }

    @Nested
    class PerAccount {

        @Test
        void four_failures_do_not_block() {
            failTimes(4, "Alex7");
            assertThat(throttling.check("Alex7", IP, now)).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void the_fifth_failure_blocks_for_one_minute_exactly() {
            failTimes(5, "Alex7");
            assertThat(throttling.check("Alex7", IP, now.plusSeconds(59))).isEqualTo(new Decision.Blocked(T0.plusSeconds(60)));
            assertThat(throttling.check("Alex7", IP, now.plusSeconds(60))).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void each_further_failure_doubles_the_lock_up_to_fifteen_minutes() {
            failTimes(4, "Alex7");
            List<Long> minutes = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                minutes.add(lockCausedByTheNextFailure("Alex7").toMinutes());
            }
            assertThat(minutes).containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
        }

        @Test
        void the_account_key_ignores_case_and_spaces() {
            failTimes(3, "Alex7");
            failTimes(2, " ALEX7 ");
            assertThat(throttling.check("alex7", IP, now)).isInstanceOf(Decision.Blocked.class);
        }

        @Test
        void an_unknown_login_is_throttled_like_a_known_one() {
            failTimes(5, "personne-ici");
            assertThat(throttling.check("PERSONNE-ICI", IP, now)).isInstanceOf(Decision.Blocked.class);
            assertThat(attempts.states).containsKey(new Key(Scope.ACCOUNT, "personne-ici"));
        }

        @Test
        void other_accounts_are_not_blocked() {
            failTimes(5, "Alex7");
            assertThat(throttling.check("Marie", "192.0.2.1", now)).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void a_success_resets_the_count_of_the_account() {
            failTimes(4, "Alex7");
            throttling.recordSuccess("alex7");
            failTimes(4, "Alex7");
            assertThat(throttling.check("Alex7", IP, now)).isInstanceOf(Decision.Allowed.class);
            fail("Alex7", "192.0.2.1");
            assertThat(lockAfterLastFailure("Alex7")).isEqualTo(Duration.ofMinutes(1));
        }

        @Test
        void a_success_after_a_lock_starts_again_from_one_minute() {
            failTimes(4, "Alex7");
            for (int i = 0; i < 5; i++) {
                lockCausedByTheNextFailure("Alex7");
            }
            now = now.plus(Duration.ofMinutes(15));
            throttling.recordSuccess("Alex7");
            failTimes(5, "Alex7");
            assertThat(lockAfterLastFailure("Alex7")).isEqualTo(Duration.ofMinutes(1));
        }

        @Test
        void a_failure_racing_the_lock_counts_and_never_shortens_it() {
            failTimes(5, "Alex7");
            now = now.plusSeconds(30);
            fail("Alex7", "192.0.2.1");
            assertThat(throttling.check("Alex7", "192.0.2.9", now)).isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(2))));
            assertThat(attempts.states.get(new Key(Scope.ACCOUNT, "alex7")).consecutiveFailures()).isEqualTo(6);
        }

        @Test
        void failures_are_forgotten_after_a_day_without_failure_so_no_lock_is_permanent() {
            failTimes(4, "Alex7");
            for (int i = 0; i < 6; i++) {
                lockCausedByTheNextFailure("Alex7");
            }
            now = now.plus(Duration.ofHours(24));
            fail("Alex7", "192.0.2.1");
            assertThat(throttling.check("Alex7", "192.0.2.9", now)).isInstanceOf(Decision.Allowed.class);
            assertThat(attempts.states.get(new Key(Scope.ACCOUNT, "alex7")).consecutiveFailures()).isEqualTo(1);
        }
    }

    @Nested
    class PerAddress {

        @Test
        void twenty_failures_from_one_address_on_different_logins_block_that_address() {
            for (int i = 0; i < 19; i++) {
                fail("login" + i, IP);
            }
            assertThat(throttling.check("quelquun", IP, now)).isInstanceOf(Decision.Allowed.class);
            fail("login19", IP);
            assertThat(throttling.check("quelquun", IP, now)).isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(1))));
            assertThat(throttling.check("quelquun", "192.0.2.1", now)).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void the_address_lock_grows_like_the_account_lock() {
            for (int i = 0; i < 20; i++) {
                fail("login" + i, IP);
            }
            now = now.plus(Duration.ofMinutes(1));
            fail("encore", IP);
            assertThat(throttling.check("autre", IP, now)).isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(2))));
        }

        @Test
        void a_success_from_the_address_does_not_clear_its_count() {
            for (int i = 0; i < 19; i++) {
                fail("login" + i, IP);
            }
            throttling.recordSuccess("mon-compte");
            fail("login19", IP);
            assertThat(throttling.check("autre", IP, now)).isInstanceOf(Decision.Blocked.class);
        }

        @Test
        void the_address_count_is_forgotten_after_an_hour_without_failure() {
            for (int i = 0; i < 19; i++) {
                fail("login" + i, IP);
            }
            now = now.plus(Duration.ofHours(1));
            fail("login19", IP);
            assertThat(throttling.check("autre", IP, now)).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void when_both_keys_are_locked_the_later_end_is_answered() {
            for (int i = 0; i < 20; i++) {
                fail("login" + i, IP);
            }
            failTimes(6, "Alex7");
            assertThat(throttling.check("Alex7", IP, now)).isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(2))));
        }
    }

    @Nested
    class Message {

        @Test
        void the_message_gives_the_wait_in_whole_minutes_rounded_up() {
            assertThat(LoginThrottling.message(Duration.ofSeconds(241)))
                    .isEqualTo("Trop de tentatives de connexion. Réessayez dans 5 minutes.");
            assertThat(LoginThrottling.message(Duration.ofMinutes(15)))
                    .isEqualTo("Trop de tentatives de connexion. Réessayez dans 15 minutes.");
        }

        @Test
        void under_a_minute_the_message_says_one_minute_in_the_singular() {
            assertThat(LoginThrottling.message(Duration.ofSeconds(5)))
                    .isEqualTo("Trop de tentatives de connexion. Réessayez dans 1 minute.");
            assertThat(LoginThrottling.message(Duration.ZERO))
                    .isEqualTo("Trop de tentatives de connexion. Réessayez dans 1 minute.");
        }

        @Test
        void a_blocked_decision_gives_the_refusal_of_the_use_case() {
            failTimes(6, "Alex7");
            var blocked = (Decision.Blocked) throttling.check("Alex7", IP, now);
            var refusal = blocked.refusal(now.plusSeconds(30));
            assertThat(refusal.code()).isEqualTo("connexion.trop_de_tentatives");
            assertThat(refusal.message()).isEqualTo("Trop de tentatives de connexion. Réessayez dans 2 minutes.");
        }
    }

    @Nested
    class Keys {

        @Test
        void very_long_logins_share_the_key_of_their_first_characters() {
            String longLogin = "a".repeat(1000);
            failTimes(5, longLogin);
            assertThat(throttling.check("a".repeat(256) + "b", IP, now)).isInstanceOf(Decision.Blocked.class);
        }

        @Test
        void a_missing_login_or_address_has_a_key_too() {
            throttling.recordFailure(null, null, now);
            assertThat(attempts.states).containsKeys(new Key(Scope.ACCOUNT, ""), new Key(Scope.ADDRESS, ""));
        }

        @Test
        void keys_are_bounded() {
            assertThatThrownBy(() -> new Key(Scope.ACCOUNT, "x".repeat(257))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Purging {

        @Test
        void the_purge_deletes_the_counts_that_would_be_forgotten_anyway() {
            fail("Alex7", IP);
            now = now.plus(Duration.ofHours(1));
            fail("Marie", "192.0.2.1");
            assertThat(throttling.purgeForgotten(now)).isEqualTo(1);
            assertThat(attempts.states).containsOnlyKeys(
                    new Key(Scope.ACCOUNT, "alex7"), new Key(Scope.ACCOUNT, "marie"), new Key(Scope.ADDRESS, "192.0.2.1"));
            now = now.plus(Duration.ofHours(24));
            assertThat(throttling.purgeForgotten(now)).isEqualTo(3);
            assertThat(attempts.states).isEmpty();
        }
    }

    @Nested
    class Policies {

        @Test
        void a_policy_refuses_a_lock_that_could_outlive_its_count() {
            assertThatThrownBy(() -> new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(15)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void the_delay_never_overflows() {
            assertThat(ThrottlePolicy.ACCOUNT.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
            assertThat(ThrottlePolicy.ACCOUNT.delayAfter(4)).isZero();
        }
    }

    private Duration lockAfterLastFailure(String login) {
        return switch (throttling.check(login, "192.0.2.250", now)) {
            case Decision.Allowed allowed -> Duration.ZERO;
            case Decision.Blocked blocked -> Duration.between(now, blocked.until());
        };
    }
}
