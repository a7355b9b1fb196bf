package fr.portailpartenaires.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JooqAuditLogFormatTest {

    private static final Instant AT = Instant.parse("2025-03-14T09:26:53.123456789Z");

    @Test
    void details_are_sorted_lines_that_read_back_to_the_same_map() {
        Map<String, String> details = Map.of("zeta", "a=b", "alpha", "line\nbreak \\n and \r", "empty", "");

        String text = JooqAuditLogFormat.details(details);

        assertThat(text).isEqualTo("alpha=line\\nbreak \\\\n and \\r\nempty=\nzeta=a=b");
        assertThat(JooqAuditLogFormat.parseDetails(text)).isEqualTo(details);
        assertThat(JooqAuditLogFormat.parseDetails(JooqAuditLogFormat.details(Map.of()))).isEmpty();
    }

    @Test
    void the_hash_is_hex_sha256_and_depends_on_every_field_and_on_the_previous_hash() {
        String hash = hash(JooqAuditLogFormat.GENESIS, "alice", null, "t");

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(hash(JooqAuditLogFormat.GENESIS, "alice", null, "t"));
        assertThat(hash(JooqAuditLogFormat.GENESIS, "alicf", null, "t")).isNotEqualTo(hash);
        assertThat(hash("1".repeat(64), "alice", null, "t")).isNotEqualTo(hash);
        // an absent scope and an absent target are told apart by their position
        assertThat(hash(JooqAuditLogFormat.GENESIS, "alice", "t", null)).isNotEqualTo(hash);
    }

    @Test
    void the_instant_is_hashed_as_stored_to_the_microsecond() {
        assertThat(JooqAuditLogFormat.storable(AT)).isEqualTo(Instant.parse("2025-03-14T09:26:53.123456Z"));
        assertThat(JooqAuditLogFormat.hash(JooqAuditLogFormat.GENESIS, AT, "a", null, "X", null, null, ""))
                .isEqualTo(JooqAuditLogFormat.hash(JooqAuditLogFormat.GENESIS, JooqAuditLogFormat.storable(AT), "a",
                        null, "X", null, null, ""));
    }

    private static String hash(String previous, String actor, String scope, String target) {
        return JooqAuditLogFormat.hash(previous, AT, actor, scope, "LOGIN_FAILED", target, "10.0.0.1", "reason=X");
    }
}
