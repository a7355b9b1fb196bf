package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.ThrottlePolicy;
import fr.portailpartenaires.application.testing.InMemoryLoginAttempts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.LoginAttempts.Key;
import fr.portailpartenaires.application.shared.LoginAttempts.Scope;
import fr.portailpartenaires.application.account.LoginThrottling.Attempt;
import fr.portailpartenaires.application.account.LoginThrottling.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Brute-force protection of the login (spec §2.2) that strangers cannot turn against the owner (issue 19): per
 * (account, address), per known device, per account from unknown devices, per address.
 */
class LoginThrottlingTest {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    private static final String IP = "203.0.113.7";

    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final DeviceCookies devices = new DeviceCookies(purpose -> new byte[32]);
    private final LoginThrottling throttling = new LoginThrottling(attempts, devices);

    private Instant now = T0;

    private boolean fail(String login, String address) {
        return throttling.recordFailure(new Attempt(login, address), now);
    }

    private void failTimes(int times, String login) {
        for (int i = 0; i < times; i++) {
            fail(login, IP);
        }
    }

    private Decision check(String login, String address) {
        return throttling.check(new Attempt(login, address), now);
    }

    private Decision check(String login, String address, String deviceCookie) {
        return throttling.check(new Attempt(login, address, Optional.of(deviceCookie)), now);
    }

    /** Waits for the lock to end, then fails once more from {@link #IP}: the length of the lock this failure caused. */
    private Duration lockCausedByTheNextFailure(String login) {
        if (check(login, IP) instanceof Decision.Blocked blocked) {
            now = blocked.until();
        }
        fail(login, IP);
        return lockAfterLastFailure(login);
    }

    private Duration lockAfterLastFailure(String login) {
        return switch (check(login, IP)) {
            case Decision.Allowed allowed -> Duration.ZERO;
            case Decision.Blocked blocked -> Duration.between(now, blocked.until());
        };
    }

    @Nested
    class Per_account_from_one_address {

        @Test
        void four_failures_do_not_block() {
            failTimes(4, "Alex7");
            assertThat(check("Alex7", IP)).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void the_fifth_failure_blocks_for_one_minute_exactly() {
            failTimes(5, "Alex7");
            now = T0.plusSeconds(59);
            assertThat(check("Alex7", IP)).isEqualTo(new Decision.Blocked(T0.plusSeconds(60), false));
            now = T0.plusSeconds(60);
            assertThat(check("Alex7", IP)).isInstanceOf(Decision.Allowed.class);
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
        void locks_that_address_only_so_the_owner_elsewhere_is_not_held_by_a_strangers_failures() {
            failTimes(5, "Alex7");
            assertThat(check("Alex7", IP)).isInstanceOf(Decision.Blocked.class);
            assertThat(check("Alex7", "192.0.2.10")).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void the_account_key_ignores_case_and_spaces() {
            failTimes(3, "Alex7");
            failTimes(2, " ALEX7 ");
            assertThat(check("alex7", IP)).isInstanceOf(Decision.Blocked.class);
        }

        @Test
        void an_unknown_login_is_throttled_like_a_known_one() {
            failTimes(5, "personne-ici");
            assertThat(check("PERSONNE-ICI", IP)).isInstanceOf(Decision.Blocked.class);
            assertThat(attempts.states).containsKey(new Key(Scope.ACCOUNT_SOURCE, IP + " personne-ici"));
        }

        @Test
        void other_accounts_are_not_blocked() {
            failTimes(5, "Alex7");
            assertThat(check("Marie", IP)).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void a_success_resets_the_count_of_the_account() {
            failTimes(4, "Alex7");
            throttling.recordSuccess(new Attempt("alex7", IP));
            failTimes(4, "Alex7");
            assertThat(check("Alex7", IP)).isInstanceOf(Decision.Allowed.class);
            fail("Alex7", IP);
            assertThat(lockAfterLastFailure("Alex7")).isEqualTo(Duration.ofMinutes(1));
        }

        @Test
        void a_success_after_failures_clears_them_and_a_success_without_any_writes_nothing() {
            Attempt alex = new Attempt("Alex7", IP);
            failTimes(3, "Alex7");
            Decision afterFailures = throttling.check(alex, now);
            assertThat(afterFailures).isEqualTo(new Decision.Allowed(true, Optional.empty()));
            throttling.recordSuccess(alex, afterFailures);
            assertThat(attempts.clears.get()).isEqualTo(1);
            assertThat(attempts.find(LoginThrottling.accountSourceKey(alex))).isEmpty();

            Decision clean = throttling.check(alex, now);
            assertThat(clean).isEqualTo(new Decision.Allowed(false, Optional.empty()));
            throttling.recordSuccess(alex, clean);
            assertThat(attempts.clears.get()).as("no write for a login without failures").isEqualTo(1);
        }

        @Test
        void a_success_after_a_lock_starts_again_from_one_minute() {
            failTimes(4, "Alex7");
            for (int i = 0; i < 5; i++) {
                lockCausedByTheNextFailure("Alex7");
            }
            now = now.plus(Duration.ofMinutes(15));
            throttling.recordSuccess(new Attempt("Alex7", IP));
            failTimes(5, "Alex7");
            assertThat(lockAfterLastFailure("Alex7")).isEqualTo(Duration.ofMinutes(1));
        }

        @Test
        void a_failure_racing_the_lock_counts_and_never_shortens_it() {
            failTimes(5, "Alex7");
            now = now.plusSeconds(30);
            fail("Alex7", IP);
            assertThat(check("Alex7", IP)).isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(2)), false));
            assertThat(attempts.states.get(new Key(Scope.ACCOUNT_SOURCE, IP + " alex7")).consecutiveFailures())
                    .isEqualTo(6);
        }

        @Test
        void failures_are_forgotten_after_a_day_without_failure_so_no_lock_is_permanent() {
            failTimes(4, "Alex7");
            for (int i = 0; i < 6; i++) {
                lockCausedByTheNextFailure("Alex7");
            }
            now = now.plus(Duration.ofHours(24));
            fail("Alex7", IP);
            assertThat(check("Alex7", IP)).isInstanceOf(Decision.Allowed.class);
            assertThat(attempts.states.get(new Key(Scope.ACCOUNT_SOURCE, IP + " alex7")).consecutiveFailures())
                    .isEqualTo(1);
        }
    }

    @Nested
    class Per_account_from_unknown_devices {

        private void failFromTenAddresses(String login) {
            for (int i = 0; i < 10; i++) {
                fail(login, "198.51.100." + i);
            }
        }

        @Test
        void ten_failures_spread_over_addresses_lock_the_account_for_every_unknown_browser() {
            for (int i = 0; i < 9; i++) {
                assertThat(fail("Alex7", "198.51.100." + i)).as("failure %d", i + 1).isFalse();
            }
            assertThat(check("Alex7", "192.0.2.10")).isInstanceOf(Decision.Allowed.class);

            assertThat(fail("Alex7", "198.51.100.9")).as("the tenth failure starts the lock").isTrue();

            assertThat(check("Alex7", "192.0.2.10")).isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(1)), true));
        }

        @Test
        void do_not_hold_a_browser_the_owner_logged_in_with() {
            String cookie = throttling.recordSuccess(new Attempt("Alex7", "192.0.2.10"));
            failFromTenAddresses("Alex7");

            assertThat(check("Alex7", "192.0.2.10", cookie)).isInstanceOf(Decision.Allowed.class);
            assertThat(check(" ALEX7 ", "192.0.2.99", cookie)).as("another address, same browser")
                    .isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void hold_a_browser_whose_cookie_names_another_account_or_is_forged() {
            String marie = throttling.recordSuccess(new Attempt("Marie", "192.0.2.10"));
            String alex = throttling.recordSuccess(new Attempt("Alex7", "192.0.2.10"));
            failFromTenAddresses("Alex7");

            assertThat(check("Alex7", "192.0.2.10", marie)).isInstanceOf(Decision.Blocked.class);
            String forged = alex.substring(0, alex.lastIndexOf('.') + 1) + "AAAA" + alex.substring(alex.lastIndexOf('.') + 5);
            assertThat(check("Alex7", "192.0.2.10", forged)).isInstanceOf(Decision.Blocked.class);
            assertThat(check("Alex7", "192.0.2.10", "v1.n.i.mporte")).isInstanceOf(Decision.Blocked.class);
            assertThat(check("Alex7", "192.0.2.10", "x".repeat(5000))).isInstanceOf(Decision.Blocked.class);
        }

        @Test
        void a_cookie_signed_with_another_key_is_a_stranger() {
            DeviceCookies elsewhere = new DeviceCookies(purpose -> new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                    13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
            failFromTenAddresses("Alex7");

            assertThat(check("Alex7", "192.0.2.10", elsewhere.issue("alex7"))).isInstanceOf(Decision.Blocked.class);
        }

        @Test
        void a_known_browser_that_fails_five_times_is_locked_on_its_own() {
            String cookie = throttling.recordSuccess(new Attempt("Alex7", "192.0.2.10"));
            String other = throttling.recordSuccess(new Attempt("Alex7", "192.0.2.20"));
            for (int i = 0; i < 5; i++) {
                throttling.recordFailure(new Attempt("Alex7", "192.0.2.10", Optional.of(cookie)), now);
            }

            assertThat(check("Alex7", "192.0.2.10", cookie))
                    .isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(1)), false));
            assertThat(check("Alex7", "192.0.2.20", other)).isInstanceOf(Decision.Allowed.class);
            assertThat(check("Alex7", "192.0.2.30")).as("its failures do not count for unknown browsers")
                    .isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void a_success_keeps_the_browsers_cookie_or_gives_it_one() {
            String first = throttling.recordSuccess(new Attempt("Alex7", IP));
            assertThat(throttling.recordSuccess(new Attempt("alex7", IP, Optional.of(first)))).isEqualTo(first);
            assertThat(throttling.recordSuccess(new Attempt("Alex7", IP))).isNotEqualTo(first);
        }

        @Test
        void the_device_the_check_recognised_is_the_one_a_success_keeps() {
            String cookie = throttling.recordSuccess(new Attempt("Alex7", IP));
            Attempt again = new Attempt("alex7", IP, Optional.of(cookie));
            Decision decision = throttling.check(again, now);
            assertThat(decision).isEqualTo(new Decision.Allowed(false, devices.deviceOf(cookie, "alex7")));
            assertThat(((Decision.Allowed) decision).device()).isPresent();
            assertThat(throttling.recordSuccess(again, decision)).isEqualTo(cookie);
            assertThat(throttling.recordSuccess(again, new Decision.Allowed(false, Optional.empty())))
                    .as("a device the check did not recognise gets a new cookie").isNotEqualTo(cookie);
        }

        @Test
        void a_success_clears_the_lock_for_unknown_devices() {
            String cookie = throttling.recordSuccess(new Attempt("Alex7", "192.0.2.10"));
            failFromTenAddresses("Alex7");
            throttling.recordSuccess(new Attempt("Alex7", "192.0.2.10", Optional.of(cookie)));

            assertThat(check("Alex7", "192.0.2.44")).isInstanceOf(Decision.Allowed.class);
        }
    }

    @Nested
    class Owner_warnings {

        @Test
        void are_one_per_account_per_hour() {
            assertThat(throttling.mayWarnOwner("compte-1", now)).isTrue();
            assertThat(throttling.mayWarnOwner("compte-1", now.plus(Duration.ofMinutes(59)))).isFalse();
            assertThat(throttling.mayWarnOwner("compte-2", now)).isTrue();
            assertThat(throttling.mayWarnOwner("compte-1", now.plus(Duration.ofMinutes(60)))).isTrue();
        }
    }

    @Nested
    class Per_address {

        @Test
        void twenty_failures_from_one_address_on_different_logins_block_that_address() {
            for (int i = 0; i < 19; i++) {
                fail("login" + i, IP);
            }
            assertThat(check("quelquun", IP)).isInstanceOf(Decision.Allowed.class);
            fail("login19", IP);
            assertThat(check("quelquun", IP)).isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(1)), false));
            assertThat(check("quelquun", "192.0.2.1")).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void hold_a_known_browser_too_when_it_sprays_from_there() {
            String cookie = throttling.recordSuccess(new Attempt("quelquun", IP));
            for (int i = 0; i < 20; i++) {
                fail("login" + i, IP);
            }
            assertThat(check("quelquun", IP, cookie)).isInstanceOf(Decision.Blocked.class);
        }

        @Test
        void the_address_lock_grows_like_the_account_lock() {
            for (int i = 0; i < 20; i++) {
                fail("login" + i, IP);
            }
            now = now.plus(Duration.ofMinutes(1));
            fail("encore", IP);
            assertThat(check("autre", IP)).isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(2)), false));
        }

        @Test
        void a_success_from_the_address_does_not_clear_its_count() {
            for (int i = 0; i < 19; i++) {
                fail("login" + i, IP);
            }
            throttling.recordSuccess(new Attempt("mon-compte", IP));
            fail("login19", IP);
            assertThat(check("autre", IP)).isInstanceOf(Decision.Blocked.class);
        }

        @Test
        void the_address_count_is_forgotten_after_an_hour_without_failure() {
            for (int i = 0; i < 19; i++) {
                fail("login" + i, IP);
            }
            now = now.plus(Duration.ofHours(1));
            fail("login19", IP);
            assertThat(check("autre", IP)).isInstanceOf(Decision.Allowed.class);
        }

        @Test
        void when_several_keys_are_locked_the_later_end_is_answered() {
            for (int i = 0; i < 20; i++) {
                fail("login" + i, IP);
            }
            failTimes(6, "Alex7");
            assertThat(check("Alex7", IP)).as("the address's lock (26 failures) outlasts the account's (6)")
                    .isEqualTo(new Decision.Blocked(now.plus(Duration.ofMinutes(15)), false));
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
            var blocked = (Decision.Blocked) check("Alex7", IP);
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
            assertThat(check("a".repeat(256) + "b", IP)).isInstanceOf(Decision.Blocked.class);
        }

        @Test
        void a_missing_login_or_address_has_a_key_too() {
            throttling.recordFailure(new Attempt(null, null), now);
            assertThat(attempts.states).containsKeys(new Key(Scope.ACCOUNT, ""), new Key(Scope.ADDRESS, ""),
                    new Key(Scope.ACCOUNT_SOURCE, " "));
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
                    new Key(Scope.ACCOUNT, "alex7"), new Key(Scope.ACCOUNT_SOURCE, IP + " alex7"),
                    new Key(Scope.ACCOUNT, "marie"), new Key(Scope.ACCOUNT_SOURCE, "192.0.2.1 marie"),
                    new Key(Scope.ADDRESS, "192.0.2.1"));
            now = now.plus(Duration.ofHours(24));
            assertThat(throttling.purgeForgotten(now)).isEqualTo(5);
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
}
