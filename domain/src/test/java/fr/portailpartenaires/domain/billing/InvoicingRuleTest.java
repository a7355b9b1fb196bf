package fr.portailpartenaires.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvoicingRuleTest {

    private static final UUID CONVENTION = UUID.fromString("00000000-0000-4000-8000-000000000001");
    /** A Wednesday, 10:00 in Paris (winter time). */
    private static final Instant WEDNESDAY = Instant.parse("2025-03-12T09:00:00Z");
    /** The Monday after it, 00:00 in Paris. */
    private static final Instant NEXT_MONDAY = Instant.parse("2025-03-16T23:00:00Z");

    private static OpenLines few(Instant oldest) {
        return new OpenLines(CONVENTION, 3, oldest, Optional.empty());
    }

    private static OpenLines fifty(Instant oldest, Instant fiftieth) {
        return new OpenLines(CONVENTION, 50, oldest, Optional.of(fiftieth));
    }

    @Nested
    class Under_fifty_open_lines {

        @Test
        void they_are_not_invoiced_before_the_next_weekly_invoicing() {
            assertThat(InvoicingRule.due(few(WEDNESDAY), NEXT_MONDAY.minusSeconds(1))).isEmpty();
        }

        @Test
        void they_are_invoiced_from_the_weekly_invoicing_on_monday_midnight_paris_time() {
            assertThat(InvoicingRule.due(few(WEDNESDAY), NEXT_MONDAY)).contains(InvoiceTrigger.HEBDOMADAIRE);
            assertThat(InvoicingRule.dueAt(few(WEDNESDAY))).isEqualTo(NEXT_MONDAY);
        }

        @Test
        void a_line_transmitted_at_the_weekly_invoicing_waits_for_the_next_one() {
            assertThat(InvoicingRule.due(few(NEXT_MONDAY), NEXT_MONDAY.plus(Duration.ofDays(6)))).isEmpty();
            assertThat(InvoicingRule.dueAt(few(NEXT_MONDAY))).isEqualTo(NEXT_MONDAY.plus(Duration.ofDays(7)));
        }

        @Test
        void the_weekly_invoicing_follows_paris_summer_time() {
            Instant mondayInSummer = Instant.parse("2025-06-15T22:00:00Z");
            assertThat(InvoicingRule.lastWeeklyInvoicing(mondayInSummer.plusSeconds(60))).isEqualTo(mondayInSummer);
        }
    }

    @Nested
    class Fifty_open_lines_or_more {

        @Test
        void they_are_invoiced_48_hours_after_the_transmission_that_reached_fifty() {
            Instant fiftieth = WEDNESDAY.plus(Duration.ofHours(1));
            OpenLines open = fifty(WEDNESDAY, fiftieth);
            assertThat(InvoicingRule.due(open, fiftieth.plus(Duration.ofHours(48)).minusSeconds(1))).isEmpty();
            assertThat(InvoicingRule.due(open, fiftieth.plus(Duration.ofHours(48))))
                    .contains(InvoiceTrigger.SEUIL_ATTEINT);
            assertThat(InvoicingRule.dueAt(open)).isEqualTo(fiftieth.plus(Duration.ofHours(48)));
        }

        @Test
        void the_weekly_invoicing_comes_first_when_it_is_earlier() {
            Instant saturday = Instant.parse("2025-03-15T12:00:00Z");
            OpenLines open = fifty(WEDNESDAY, saturday);
            assertThat(InvoicingRule.dueAt(open)).isEqualTo(NEXT_MONDAY);
            assertThat(InvoicingRule.due(open, NEXT_MONDAY)).contains(InvoiceTrigger.HEBDOMADAIRE);
        }
    }

    @Test
    void the_threshold_is_known_exactly_when_fifty_lines_are_open() {
        assertThatThrownBy(() -> new OpenLines(CONVENTION, 49, WEDNESDAY, Optional.of(WEDNESDAY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenLines(CONVENTION, 50, WEDNESDAY, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenLines(CONVENTION, 0, WEDNESDAY, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
