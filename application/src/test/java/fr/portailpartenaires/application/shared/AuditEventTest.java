package fr.portailpartenaires.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEventTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:26:53Z");

    private static AuditEvent login() {
        return AuditEvent.of(NOW, AuditEvent.ANONYMOUS, AuditAction.LOGIN_FAILED);
    }

    @Nested
    class An_event_is_built_step_by_step {

        @Test
        void with_the_optional_facts_added_one_by_one() {
            AuditEvent event = login().withScope("CARSAT-NORD-PICARDIE").withTarget("user-42")
                    .withSourceAddress("2001:db8::1").withDetail("reason", "WRONG_PASSWORD");

            assertThat(event.action()).isEqualTo("LOGIN_FAILED");
            assertThat(event.scope()).contains("CARSAT-NORD-PICARDIE");
            assertThat(event.target()).contains("user-42");
            assertThat(event.sourceAddress()).contains("2001:db8::1");
            assertThat(event.details()).containsExactly(Map.entry("reason", "WRONG_PASSWORD"));
        }

        @Test
        void its_details_are_sorted_by_key_and_cannot_be_changed() {
            AuditEvent event = login().withDetail("zeta", "1").withDetail("alpha", "2");

            assertThat(event.details().keySet()).containsExactly("alpha", "zeta");
            assertThatThrownBy(() -> event.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void a_blank_optional_fact_is_an_absent_one() {
            assertThat(login().withTarget(" ").target()).isEmpty();
            assertThat(login().withScope(null).scope()).isEmpty();
        }

        @Test
        void a_code_that_is_not_well_known_is_accepted_if_it_is_a_code() {
            assertThat(AuditEvent.of(NOW, AuditEvent.SYSTEM, "AUDIT_PURGED").action()).isEqualTo("AUDIT_PURGED");
            assertThatThrownBy(() -> AuditEvent.of(NOW, AuditEvent.SYSTEM, "login failed"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void an_actor_is_required() {
            assertThatThrownBy(() -> AuditEvent.of(NOW, " ", AuditAction.LOGGED_OUT))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class The_trail_never_holds_a_nir {

        @ParameterizedTest
        @ValueSource(strings = {"1850578006084", "185057800608436", "1 85 05 78 006 084 36", "2.85.05.2A.006.084",
                "NIR 2850578006084 saisi", "2-85-05-2B-006-084-36"})
        void a_detail_that_looks_like_a_nir_is_a_programming_error(String value) {
            assertThatThrownBy(() -> login().withDetail("comment", value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("NIR")
                    .hasMessageNotContaining(value);
        }

        @Test
        void nor_a_target_or_an_actor() {
            assertThatThrownBy(() -> login().withTarget("185057800608436")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> AuditEvent.of(NOW, "1850578006084", AuditAction.LOGIN_SUCCEEDED))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"73282932000074", "01 23 45 67 89", "2025-03-14T09:26:53Z", "123456789012", "1234567890123456"})
        void but_a_siret_a_phone_number_a_date_or_other_runs_of_digits_are_fine(String value) {
            assertThatCode(() -> login().withDetail("value", value)).doesNotThrowAnyException();
        }

        @Test
        void an_identifier_whose_digits_happen_to_look_like_a_nir_is_fine_but_a_nir_beside_it_is_not() {
            String uuid = "b3c1e2d4-1850-5780-0608-436123456789";
            assertThatCode(() -> login().withTarget("registration:" + uuid)).doesNotThrowAnyException();
            assertThatThrownBy(() -> login().withTarget(uuid + " 185057800608436"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class The_trail_never_holds_a_password {

        @ParameterizedTest
        @ValueSource(strings = {"password", "newPassword", "PASSWORD_HASH", "motDePasse", "mot_de_passe", "mdp",
                "ancien-mdp", "pwd", "passwd"})
        void a_detail_named_like_a_password_is_a_programming_error(String key) {
            assertThatThrownBy(() -> login().withDetail(key, "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("password");
        }

        @ParameterizedTest
        @ValueSource(strings = {"reason", "cmdPath", "passageCount", "policy"})
        void other_keys_are_fine(String key) {
            assertThat(login().withDetail(key, "x").details()).containsKey(key);
        }
    }

    @Test
    void details_stay_small() {
        AuditEvent event = login();
        for (int i = 0; i < AuditEvent.MAX_DETAILS; i++) {
            event = event.withDetail("k" + i, "v");
        }
        AuditEvent full = event;
        assertThatThrownBy(() -> full.withDetail("one_more", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> login().withDetail("long", "x".repeat(AuditEvent.MAX_DETAIL_VALUE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent(NOW, "a", Optional.empty(), "A", Optional.empty(), Optional.empty(),
                Map.of("bad key", "v"))).isInstanceOf(IllegalArgumentException.class);
    }
}
