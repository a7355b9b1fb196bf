package fr.portailpartenaires.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant FAILED_AT = Instant.parse("2025-03-12T09:00:00Z");

    @Test
    void the_standard_policy_waits_one_minute_then_doubles_up_to_one_hour() {
        var policy = RetryPolicy.standard();
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void the_next_attempt_is_the_delay_after_the_failure_until_the_last_attempt() {
        var policy = RetryPolicy.standard();
        assertThat(policy.nextAttempt(3, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(4)));
        assertThat(policy.nextAttempt(7, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofHours(1)));
        assertThat(policy.nextAttempt(8, FAILED_AT)).isEmpty();
    }

    @Test
    void a_policy_without_attempts_or_with_backward_delays_cannot_exist() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
