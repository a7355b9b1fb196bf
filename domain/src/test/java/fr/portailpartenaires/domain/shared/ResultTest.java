package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResultTest {

    private static final Refusal NO = new Refusal("test.non", "Non.");

    @Nested
    class An_ok_result {
        @Test
        void maps_and_flat_maps_its_value() {
            Result<Integer> ok = Result.ok(2);
            assertThat(ok.isOk()).isTrue();
            assertThat(ok.map(v -> v * 10)).isEqualTo(Result.ok(20));
            assertThat(ok.flatMap(v -> Result.refused(NO))).isEqualTo(Result.refused(NO));
            assertThat(ok.orElseThrow()).isEqualTo(2);
        }
    }

    @Nested
    class A_refused_result {
        @Test
        void keeps_its_refusal_through_map_and_flat_map() {
            Result<Integer> refused = Result.refused(new Refusal("test.non", "Non."));
            assertThat(refused.isOk()).isFalse();
            assertThat(refused.map(v -> v * 10)).isEqualTo(Result.refused(NO));
            assertThat(refused.flatMap(Result::ok)).isEqualTo(Result.refused(NO));
        }

        @Test
        void throws_its_refusal_when_forced() {
            assertThatThrownBy(() -> Result.refused(NO).orElseThrow())
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Non.")
                    .extracting(e -> ((InvalidValueException) e).refusal()).isEqualTo(NO);
        }
    }

    @Test
    void a_refusal_needs_a_code_and_a_message() {
        assertThatThrownBy(() -> new Refusal(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Refusal("x", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
