package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void or_else_throw_gives_the_value_of_a_done_outcome() {
        assertThat(Outcome.done("valeur").orElseThrow()).isEqualTo("valeur");
    }

    @Test
    void or_else_throw_carries_the_french_messages_of_an_invalid_or_refused_outcome() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new Outcome.Invalid<String>(Map.of("login", List.of("L'identifiant est obligatoire.")))
                        .orElseThrow())
                .withMessageContaining("L'identifiant est obligatoire.");
        assertThatIllegalStateException()
                .isThrownBy(() -> Outcome.refused(Outcome.Reason.FORBIDDEN, new Refusal("test.refus", "Action réservée.")).orElseThrow())
                .withMessage("Refused (FORBIDDEN): Action réservée.");
    }
}
