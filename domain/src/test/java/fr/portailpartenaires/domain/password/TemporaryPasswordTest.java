package fr.portailpartenaires.domain.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemporaryPasswordTest {

    private static final Instant ISSUED = Instant.parse("2025-03-14T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(ISSUED, ZoneOffset.UTC);
    private static final int DRAWS = 10_000;

    static Stream<PasswordPolicy> policies() {
        return Stream.of(PasswordPolicy.ppas(), PasswordPolicy.caf(), PasswordPolicy.recommended(PasswordBlocklist.bundled()));
    }

    @Nested
    class Generation {
        @ParameterizedTest
        @MethodSource("fr.portailpartenaires.domain.password.TemporaryPasswordTest#policies")
        void always_satisfies_the_policy_and_rarely_repeats(PasswordPolicy policy) {
            RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < DRAWS; i++) {
                String login = i % 2 == 0 ? "Alex7" : "a";
                String password = TemporaryPassword.generate(policy, login, random, CLOCK).value();
                assertThat(policy.check(password, login)).as(password).isEmpty();
                seen.add(password);
            }
            assertThat(seen).hasSize(DRAWS);
        }

        @ParameterizedTest
        @MethodSource("fr.portailpartenaires.domain.password.TemporaryPasswordTest#policies")
        void uses_only_characters_that_cannot_be_misread_in_a_mail(PasswordPolicy policy) {
            RandomGenerator random = new SecureRandom();
            for (int i = 0; i < 1_000; i++) {
                assertThat(TemporaryPassword.generate(policy, "Alex7", random, CLOCK).value()).doesNotContainAnyWhitespaces()
                        .doesNotContain("0", "O", "o", "1", "l", "I");
            }
        }

        @Test
        void gives_up_loudly_when_the_random_source_cannot_satisfy_the_policy() {
            RandomGenerator stuck = () -> 0L;
            PasswordPolicy recommended = PasswordPolicy.recommended(PasswordBlocklist.of(Set.of()));

            assertThatThrownBy(() -> TemporaryPassword.generate(recommended, "a", stuck, CLOCK))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class Expiry {
        @Test
        void lasts_72_hours_by_default() {
            TemporaryPassword password = TemporaryPassword.generate(PasswordPolicy.ppas(), "Alex7", new SecureRandom(), CLOCK);

            assertThat(password.issuedAt()).isEqualTo(ISSUED);
            assertThat(password.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(72)));
            assertThat(password.isExpired(CLOCK)).isFalse();
            assertThat(password.isExpired(Clock.offset(CLOCK, Duration.ofHours(72).minusSeconds(1)))).isFalse();
            assertThat(password.isExpired(Clock.offset(CLOCK, Duration.ofHours(72)))).isTrue();
        }

        @Test
        void may_have_another_validity() {
            TemporaryPassword password = TemporaryPassword.generate(PasswordPolicy.caf(), "ENF01302SM", new SecureRandom(),
                    CLOCK, Duration.ofHours(24));

            assertThat(password.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(24)));
            assertThat(password.isExpired(Clock.offset(CLOCK, Duration.ofHours(25)))).isTrue();
        }

        @Test
        void needs_a_positive_validity() {
            assertThatThrownBy(() -> TemporaryPassword.generate(PasswordPolicy.ppas(), "Alex7", new SecureRandom(), CLOCK,
                    Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TemporaryPassword.generate(PasswordPolicy.ppas(), "Alex7", new SecureRandom(), CLOCK,
                    Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void never_prints_the_password() {
        TemporaryPassword password = TemporaryPassword.generate(PasswordPolicy.ppas(), "Alex7", new SecureRandom(), CLOCK);

        assertThat(password.toString()).doesNotContain(password.value()).contains("expiresAt=2025-03-17T10:00:00Z");
    }
}
