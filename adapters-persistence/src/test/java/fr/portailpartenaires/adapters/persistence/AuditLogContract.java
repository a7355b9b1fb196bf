package fr.portailpartenaires.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.AuditLog.Entry;
import fr.portailpartenaires.application.shared.AuditLog.Intact;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The audit trail is append-only: entries read back as appended, newest first, a keyset page at a time. */
abstract class AuditLogContract {

    static final Instant T0 = Instant.parse("2025-03-14T09:26:53.123456Z");

    /** An empty trail. */
    protected abstract AuditLog emptyAuditLog();

    AuditLog auditLog;

    @BeforeEach
    void openFreshTrail() {
        auditLog = emptyAuditLog();
    }

    static AuditEvent event(int n) {
        return AuditEvent.of(T0.plusSeconds(n), "user-" + n, AuditAction.LOGIN_SUCCEEDED);
    }

    List<Long> appendThree() {
        for (int n = 1; n <= 3; n++) {
            auditLog.append(event(n));
        }
        return auditLog.recent(10).stream().map(Entry::id).sorted().toList();
    }

    @Nested
    class Appending {

        @Test
        void an_empty_trail_is_intact() {
            assertThat(auditLog.verifyChain()).isEqualTo(new Intact(0));
        }

        @Test
        void an_event_reads_back_with_everything_it_said() {
            AuditEvent event = AuditEvent.of(T0, "anonymous", AuditAction.LOGIN_FAILED)
                    .withScope("CAF-75").withTarget("login:jdupont").withSourceAddress("2001:db8::7")
                    .withDetail("reason", "WRONG_PASSWORD").withDetail("note", "two\nlines = \\ ok");

            auditLog.append(event);

            assertThat(auditLog.recent(1)).extracting(Entry::event).containsExactly(event);
        }

        @Test
        void the_instant_is_kept_to_the_microsecond() {
            auditLog.append(AuditEvent.of(T0.plusNanos(789), "system", AuditAction.USER_DELETED));

            assertThat(auditLog.recent(1).getFirst().event().occurredAt()).isEqualTo(T0);
            assertThat(auditLog.verifyChain()).isEqualTo(new Intact(1));
        }

        @Test
        void the_operator_pages_from_the_newest_with_a_keyset() {
            appendThree();

            List<Entry> firstPage = auditLog.recent(2);
            List<Entry> secondPage = auditLog.olderThan(firstPage.getLast().id(), 2);

            assertThat(firstPage).extracting(entry -> entry.event().actor()).containsExactly("user-3", "user-2");
            assertThat(secondPage).extracting(entry -> entry.event().actor()).containsExactly("user-1");
            assertThatThrownBy(() -> auditLog.recent(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
