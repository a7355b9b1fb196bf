package fr.portailpartenaires.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The use cases write user, partner and registration ids (random UUIDs) as actor, scope and target of the audit
 * trail, as {@link AuditEvent} itself recommends; the NIR guard must not refuse them.
 */
class AuditEventIdentifiersTest {

    private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    /** Its digits {@code 123-4567890123} read as a 13-digit NIR with a separator after the third digit. */
    private static final String UNLUCKY_ID = "00000000-0000-4000-a123-4567890123ab";

    @Test
    void a_nir_next_to_an_id_is_still_refused() {
        assertThatThrownBy(() -> AuditEvent.of(NOW, UUID.randomUUID().toString(), AuditAction.DOWNLOADED)
                .withDetail("beneficiaire", "1 85 05 78 006 084"))
                .isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void any_uuid_is_accepted_as_actor_scope_and_target() {
        assertThatCode(() -> AuditEvent.of(NOW, UNLUCKY_ID, AuditAction.LOGIN_SUCCEEDED)
                .withScope("partner:" + UNLUCKY_ID)
                .withTarget("registration:" + UNLUCKY_ID)
                .withDetail("partnerId", UNLUCKY_ID))
                .doesNotThrowAnyException();
    }
    @Test
    void ten_thousand_random_ids_are_all_accepted() {
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            try {
                AuditEvent.of(NOW, UUID.randomUUID().toString(), AuditAction.LOGIN_SUCCEEDED);
            } catch (IllegalArgumentException e) {
                refused++;
            }
        }
        assertThat(refused).isZero();
    }
}
