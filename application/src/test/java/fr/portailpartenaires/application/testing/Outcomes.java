package fr.portailpartenaires.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.Outcome;
import java.util.List;
import java.util.Map;

/** Assertions on use-case outcomes that fail with the whole outcome in the message. */
public final class Outcomes {

    private Outcomes() {
    }

    public static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).as("outcome").isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).value();
    }

    public static Map<String, List<String>> invalid(Outcome<?> outcome) {
        assertThat(outcome).as("outcome").isInstanceOf(Outcome.Invalid.class);
        return ((Outcome.Invalid<?>) outcome).errors();
    }

    public static Outcome.Refused<?> refused(Outcome<?> outcome, Outcome.Reason reason) {
        assertThat(outcome).as("outcome").isInstanceOf(Outcome.Refused.class);
        Outcome.Refused<?> refused = (Outcome.Refused<?>) outcome;
        assertThat(refused.reason()).as("reason of " + refused.refusal()).isEqualTo(reason);
        return refused;
    }
}
