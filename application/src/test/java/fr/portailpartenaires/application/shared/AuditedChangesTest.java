package fr.portailpartenaires.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Old and new values in the audit trail never break its rules: no NIR, no over-long value, no event over its limit. */
class AuditedChangesTest {

    private static final AuditEvent EVENT = AuditEvent.of(Instant.EPOCH, "someone", AuditAction.PARTNER_UPDATED);

    @Test
    void only_changed_fields_are_recorded_and_an_absent_value_is_shown_empty() {
        var changes = new AuditedChanges().field("nom", "A", "A").field("email", null, "a@b.fr").field("siret", "", null);

        assertThat(changes.fields()).containsExactly("email");
        assertThat(changes.events(EVENT)).singleElement().satisfies(event -> assertThat(event.details())
                .containsOnly(java.util.Map.entry("email.ancien", "(vide)"), java.util.Map.entry("email.nouveau", "a@b.fr")));
    }

    @Test
    void a_nir_like_value_is_masked_even_when_cutting_a_long_value_would_make_one() {
        String longWithDigits = "x".repeat(AuditEvent.MAX_DETAIL_VALUE_LENGTH - 14) + "123456789012345678";

        assertThat(AuditedChanges.safe("1 85 05 78 006 084 36")).isEqualTo("(masqué)");
        assertThat(AuditedChanges.safe(longWithDigits)).isEqualTo("(masqué)");
        assertThat(AuditedChanges.safe("y".repeat(500))).hasSize(AuditEvent.MAX_DETAIL_VALUE_LENGTH).endsWith("…");
        assertThat(AuditedChanges.safe("12345678298741")).as("a SIRET is no NIR").isEqualTo("12345678298741");
    }

    @Test
    void many_changed_fields_are_spread_over_numbered_events_within_the_limit() {
        var changes = new AuditedChanges();
        for (int i = 0; i < 20; i++) {
            changes.field("champ" + i, "avant", "après");
        }

        var events = changes.events(EVENT);

        assertThat(events).hasSize(3).allSatisfy(event ->
                assertThat(event.details()).hasSizeLessThanOrEqualTo(AuditEvent.MAX_DETAILS));
        assertThat(events).extracting(event -> event.details().get("partie")).containsExactly("1/3", "2/3", "3/3");
        assertThat(events.stream().mapToLong(event -> event.details().keySet().stream()
                .filter(key -> key.endsWith(".nouveau")).count()).sum()).isEqualTo(20);
    }
}
