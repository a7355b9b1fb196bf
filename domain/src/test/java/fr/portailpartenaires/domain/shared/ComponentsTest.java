package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    record Sample(String name, Optional<Integer> age, boolean active) {
        Sample {
            Components.required(Sample.class, name, age, active);
        }
    }

    record Forgetful(String name, String city) {
        Forgetful {
            Components.required(Forgetful.class, name);
        }
    }

    record Swapped(String name, Integer age) {
        Swapped {
            Components.required(Swapped.class, age, name);
        }
    }

    @Test
    void a_record_with_every_component_given_is_made() {
        assertThatCode(() -> new Sample("Léa", Optional.empty(), true)).doesNotThrowAnyException();
    }

    @Test
    void a_missing_component_is_named_as_requireNonNull_names_it() {
        assertThatThrownBy(() -> new Sample("Léa", null, true))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("age");
    }

    @Test
    void a_record_that_forgets_a_component_fails_at_its_first_construction() {
        assertThatThrownBy(() -> new Forgetful("Léa", "Arras"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Forgetful has 2 components, 1 checked");
    }

    @Test
    void a_record_that_passes_its_components_out_of_order_fails_at_its_first_construction() {
        assertThatThrownBy(() -> new Swapped("Léa", 40))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Swapped.name checked with a Integer");
        assertThat(new Sample("Léa", Optional.of(40), false).age()).contains(40);
    }
}
