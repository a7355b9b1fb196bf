package fr.portailpartenaires.adapters.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.Session;
import fr.portailpartenaires.application.shared.SessionState;
import fr.portailpartenaires.application.shared.SessionStore;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.application.shared.SessionPolicy;
import fr.portailpartenaires.application.shared.LoginSessions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Server-side sessions, keyed by the hash of their id, and the session rules running on them. */
abstract class SessionStoreContract {

    static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

    /** An empty store. */
    protected abstract SessionStore emptySessionStore();

    /** The id hashes of the sessions the store holds. */
    protected abstract List<String> storedIdHashes();

    /** A convention of a stored partner (the session's selection must name one). */
    protected abstract UUID storedConvention();

    SessionStore store;

    @BeforeEach
    void emptyTable() {
        store = emptySessionStore();
    }

    /** Saves a session of that subject under {@code idHash}. */
    private void save(String idHash, SubjectKind kind, String subject, Instant createdAt, Instant lastSeenAt) {
        store.save(idHash, new SessionState(subject, kind, "partner-7", true, "csrf-" + idHash, createdAt, lastSeenAt,
                Optional.empty(), false));
    }

    @Nested
    class Storage {

        @Test
        void a_saved_session_is_found_by_its_hash() {
            SessionState saved = new SessionState("42", SubjectKind.CAISSE_ADMIN, "CARSAT-NORD-PICARDIE",
                    true, "t".repeat(43), T0.plusNanos(123_456_000), T0.plusSeconds(5), Optional.empty(), false);
            store.save("a".repeat(64), saved);
            assertThat(store.find("a".repeat(64))).contains(saved);
            assertThat(store.find("b".repeat(64))).isEmpty();
        }

        @Test
        void touching_records_the_activity() {
            save("h1", SubjectKind.PARTNER_USER, "42", T0, T0);
            store.touch("h1", T0.plusSeconds(90));
            store.touch("inconnu", T0.plusSeconds(90));
            assertThat(store.find("h1").orElseThrow().lastSeenAt()).isEqualTo(T0.plusSeconds(90));
        }

        @Test
        void a_session_is_deleted_once() {
            save("h1", SubjectKind.PARTNER_USER, "42", T0, T0);
            assertThat(store.delete("h1")).isTrue();
            assertThat(store.delete("h1")).isFalse();
            assertThat(store.find("h1")).isEmpty();
        }

        @Test
        void the_sessions_of_one_subject_of_one_kind_are_deleted_or_updated_together() {
            save("h1", SubjectKind.PARTNER_USER, "42", T0, T0);
            save("h2", SubjectKind.PARTNER_USER, "42", T0, T0);
            save("h3", SubjectKind.PARTNER_USER, "43", T0, T0);
            save("h4", SubjectKind.CAISSE_ADMIN, "42", T0, T0);
            assertThat(store.updateMustChangePassword(SubjectKind.PARTNER_USER, "42", false)).isEqualTo(2);
            assertThat(store.find("h1").orElseThrow().mustChangePassword()).isFalse();
            assertThat(store.find("h3").orElseThrow().mustChangePassword()).isTrue();
            assertThat(store.find("h4").orElseThrow().mustChangePassword()).isTrue();
            assertThat(store.deleteAllFor(SubjectKind.PARTNER_USER, "42")).isEqualTo(2);
            assertThat(storedIdHashes()).containsExactlyInAnyOrder("h3", "h4");
        }

        @Test
        void the_convention_a_session_selected_is_kept_and_survives_activity_and_flag_changes() {
            UUID convention = storedConvention();
            save("h1", SubjectKind.PARTNER_USER, "42", T0, T0);
            save("h2", SubjectKind.PARTNER_USER, "42", T0, T0);

            assertThat(store.selectConvention("h1", convention)).isTrue();
            assertThat(store.selectConvention("inconnu", convention)).isFalse();
            store.touch("h1", T0.plusSeconds(90));
            store.updateMustChangePassword(SubjectKind.PARTNER_USER, "42", false);

            assertThat(store.find("h1").orElseThrow().selectedConvention()).contains(convention);
            assertThat(store.find("h2").orElseThrow().selectedConvention()).isEmpty();
        }

        @Test
        void a_session_saved_with_a_selection_comes_back_with_it() {
            UUID convention = storedConvention();
            SessionState saved = new SessionState("42", SubjectKind.PARTNER_USER, "partner-7", false,
                    "t".repeat(43), T0, T0, Optional.of(convention), false);
            store.save("c".repeat(64), saved);
            assertThat(store.find("c".repeat(64))).contains(saved);
        }

        @Test
        void the_usage_rules_flag_is_kept_and_lifted_for_one_subject_of_one_kind() {
            SessionState mustAccept = new SessionState("42", SubjectKind.PARTNER_USER, "partner-7", false,
                    "csrf-h1", T0, T0, Optional.empty(), true);
            store.save("h1", mustAccept);
            store.save("h2", new SessionState("42", SubjectKind.PARTNER_USER, "partner-7", false, "csrf-h2", T0, T0,
                    Optional.empty(), true));
            store.save("h3", new SessionState("43", SubjectKind.PARTNER_USER, "partner-7", false, "csrf-h3", T0, T0,
                    Optional.empty(), true));
            assertThat(store.find("h1")).contains(mustAccept);

            assertThat(store.updateMustAcceptRules(SubjectKind.PARTNER_USER, "42", false)).isEqualTo(2);

            assertThat(store.find("h1").orElseThrow().mustAcceptRules()).isFalse();
            assertThat(store.find("h2").orElseThrow().mustAcceptRules()).isFalse();
            assertThat(store.find("h3").orElseThrow().mustAcceptRules()).isTrue();
            assertThat(store.find("h1").orElseThrow().mustChangePassword()).isFalse();
        }

        @Test
        void the_purge_deletes_sessions_idle_or_created_at_or_before_the_limits() {
            save("idle", SubjectKind.PARTNER_USER, "1", T0, T0);
            save("old", SubjectKind.PARTNER_USER, "2", T0.minusSeconds(1), T0.plusSeconds(3600));
            save("alive", SubjectKind.PARTNER_USER, "3", T0.plusSeconds(1), T0.plusSeconds(1));
            assertThat(store.purge(T0, T0)).isEqualTo(2);
            assertThat(storedIdHashes()).containsExactly("alive");
        }
    }

    @Nested
    class Sessions {

        LoginSessions sessions;

        @BeforeEach
        void sessions() {
            sessions = new LoginSessions(store, SessionPolicy.DEFAULT, new SecureRandom());
        }

        Session open() {
            return sessions.open(SubjectKind.PARTNER_USER, "42", "partner-7", false, T0);
        }

        @Test
        void a_session_ends_at_exactly_thirty_minutes_of_inactivity() {
            Session session = open();
            assertThat(sessions.resolve(session.id(), T0.plus(Duration.ofMinutes(30)).minusSeconds(1))).isPresent();
            Instant seen = T0.plus(Duration.ofMinutes(30)).minusSeconds(1);
            assertThat(sessions.resolve(session.id(), seen.plus(Duration.ofMinutes(30)))).isEmpty();
            assertThat(storedIdHashes()).isEmpty();
        }

        @Test
        void a_session_ends_at_its_absolute_lifetime_however_active() {
            Session session = open();
            Instant end = T0.plus(Duration.ofHours(10));
            for (Instant now = T0; now.isBefore(end); now = now.plus(Duration.ofMinutes(25))) {
                assertThat(sessions.resolve(session.id(), now)).isPresent();
            }
            assertThat(sessions.resolve(session.id(), end)).isEmpty();
        }

        @Test
        void rotation_invalidates_the_old_id() {
            Session old = open();
            Session rotated = sessions.rotate(old.id(), T0.plusSeconds(10)).orElseThrow();
            assertThat(sessions.resolve(old.id(), T0.plusSeconds(20))).isEmpty();
            assertThat(sessions.resolve(rotated.id(), T0.plusSeconds(20)).orElseThrow().state().subject()).isEqualTo("42");
        }

        @Test
        void closing_all_sessions_of_a_user_ends_them_at_once() {
            Session first = open();
            Session second = open();
            Session other = sessions.open(SubjectKind.PARTNER_USER, "43", "partner-7", false, T0);
            assertThat(sessions.closeAllFor(SubjectKind.PARTNER_USER, "42")).isEqualTo(2);
            assertThat(sessions.resolve(first.id(), T0)).isEmpty();
            assertThat(sessions.resolve(second.id(), T0)).isEmpty();
            assertThat(sessions.resolve(other.id(), T0)).isPresent();
        }

        @Test
        void the_selection_follows_the_session_through_a_rotation() {
            UUID convention = storedConvention();
            Session session = open();
            assertThat(sessions.selectConvention(session.id(), convention)).isTrue();
            Session rotated = sessions.rotate(session.id(), T0.plusSeconds(10)).orElseThrow();
            assertThat(sessions.resolve(rotated.id(), T0.plusSeconds(20)).orElseThrow().state()
                    .selectedConvention()).contains(convention);
        }

        @Test
        void logout_ends_the_session() {
            Session session = open();
            sessions.close(session.id());
            assertThat(sessions.resolve(session.id(), T0)).isEmpty();
        }
    }
}
