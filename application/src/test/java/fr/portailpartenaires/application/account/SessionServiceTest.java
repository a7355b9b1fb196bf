package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.Session;
import fr.portailpartenaires.application.shared.SessionPolicy;
import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.shared.Sha256;
import fr.portailpartenaires.application.testing.InMemorySessionStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.SubjectKind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionServiceTest {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final LoginSessions sessions = new LoginSessions(store, SessionPolicy.DEFAULT, new Random(11));

    private Session openAlex() {
        return sessions.open(SubjectKind.PARTNER_USER, "42", "partner-7", false, T0);
    }

    @Nested
    class Opening {

        @Test
        void a_session_gets_a_256_bit_base64url_id_and_its_own_csrf_token() {
            Session session = openAlex();
            assertThat(session.id()).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(session.state().csrfToken()).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(session.id());
            assertThat(session.state().createdAt()).isEqualTo(T0);
            assertThat(session.state().lastSeenAt()).isEqualTo(T0);
        }

        @Test
        void every_login_gets_a_new_id() {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                ids.add(openAlex().id());
            }
            assertThat(ids).hasSize(50);
            assertThat(store.sessions).hasSize(50);
        }

        @Test
        void the_store_holds_a_hash_of_the_id_never_the_id_nor_anything_containing_it() {
            Session session = openAlex();
            assertThat(store.sessions).doesNotContainKey(session.id());
            assertThat(store.sessions.keySet()).containsExactly(Sha256.hex(session.id()));
            assertThat(Sha256.hex(session.id())).hasSize(64);
            assertThat(store.sessions.values().iterator().next().toString()).doesNotContain(session.id());
        }

        @Test
        void the_session_keeps_who_it_is_for() {
            Session session = sessions.open(SubjectKind.CAISSE_ADMIN, "admin-3", "CARSAT-NORD-PICARDIE", true, T0);
            Session resolved = sessions.resolve(session.id(), T0.plusSeconds(1)).orElseThrow();
            assertThat(resolved.state().subject()).isEqualTo("admin-3");
            assertThat(resolved.state().subjectKind()).isEqualTo(SubjectKind.CAISSE_ADMIN);
            assertThat(resolved.state().scope()).isEqualTo("CARSAT-NORD-PICARDIE");
            assertThat(resolved.state().mustChangePassword()).isTrue();
            assertThat(resolved.state().csrfToken()).isEqualTo(session.state().csrfToken());
        }

        @Test
        void a_session_prints_without_its_secrets() {
            Session session = openAlex();
            assertThat(session.toString()).doesNotContain(session.id()).doesNotContain(session.state().csrfToken()).contains("42");
        }

        @Test
        void the_csrf_token_is_checked_exactly() {
            Session session = openAlex();
            assertThat(session.state().acceptsCsrfToken(session.state().csrfToken())).isTrue();
            assertThat(session.state().acceptsCsrfToken(session.state().csrfToken().substring(1))).isFalse();
            assertThat(session.state().acceptsCsrfToken(null)).isFalse();
        }
    }

    @Nested
    class Inactivity {

        @Test
        void a_session_lives_through_twenty_nine_minutes_fifty_nine_of_inactivity() {
            Session session = openAlex();
            assertThat(sessions.resolve(session.id(), T0.plus(Duration.ofMinutes(30)).minusSeconds(1))).isPresent();
        }

        @Test
        void a_session_ends_after_exactly_thirty_minutes_of_inactivity_and_is_deleted() {
            Session session = openAlex();
            assertThat(sessions.resolve(session.id(), T0.plus(Duration.ofMinutes(30)))).isEmpty();
            assertThat(store.sessions).isEmpty();
            assertThat(sessions.resolve(session.id(), T0)).isEmpty();
        }

        @Test
        void activity_pushes_the_inactivity_timeout_back() {
            Session session = openAlex();
            Instant now = T0;
            for (int i = 0; i < 10; i++) {
                now = now.plus(Duration.ofMinutes(20));
                assertThat(sessions.resolve(session.id(), now)).isPresent();
            }
            assertThat(sessions.resolve(session.id(), now.plus(Duration.ofMinutes(30)))).isEmpty();
        }

        @Test
        void activity_is_written_at_most_once_a_minute() {
            Session session = openAlex();
            assertThat(sessions.resolve(session.id(), T0.plusSeconds(60)).orElseThrow().state().lastSeenAt()).isEqualTo(T0);
            assertThat(sessions.resolve(session.id(), T0.plusSeconds(61)).orElseThrow().state().lastSeenAt()).isEqualTo(T0.plusSeconds(61));
            assertThat(store.sessions.values().iterator().next().lastSeenAt()).isEqualTo(T0.plusSeconds(61));
        }
    }

    @Nested
    class AbsoluteLifetime {

        @Test
        void an_active_session_ends_after_ten_hours() {
            Session session = openAlex();
            Instant now = T0;
            while (now.isBefore(T0.plus(Duration.ofHours(10)).minus(Duration.ofMinutes(20)))) {
                now = now.plus(Duration.ofMinutes(20));
                assertThat(sessions.resolve(session.id(), now)).isPresent();
            }
            assertThat(sessions.resolve(session.id(), T0.plus(Duration.ofHours(10)).minusSeconds(1))).isPresent();
            assertThat(sessions.resolve(session.id(), T0.plus(Duration.ofHours(10)))).isEmpty();
            assertThat(store.sessions).isEmpty();
        }

        @Test
        void the_durations_are_configurable() {
            var shortSessions = new LoginSessions(store,
                    new SessionPolicy(Duration.ofMinutes(5), Duration.ofMinutes(20), Duration.ZERO), new Random(3));
            Session session = shortSessions.open(SubjectKind.PARTNER_USER, "42", "partner-7", false, T0);
            assertThat(shortSessions.resolve(session.id(), T0.plus(Duration.ofMinutes(5)))).isEmpty();
        }

        @Test
        void a_policy_refuses_inconsistent_durations() {
            assertThatThrownBy(() -> new SessionPolicy(Duration.ofHours(11), Duration.ofHours(10), Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(10), Duration.ofMinutes(30)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Rotation {

        @Test
        void rotation_gives_a_new_id_for_the_same_session_and_the_old_id_stops_working() {
            Session old = openAlex();
            Session rotated = sessions.rotate(old.id(), T0.plusSeconds(90)).orElseThrow();
            assertThat(rotated.id()).isNotEqualTo(old.id());
            assertThat(rotated.state().subject()).isEqualTo(old.state().subject());
            assertThat(rotated.state().scope()).isEqualTo(old.state().scope());
            assertThat(rotated.state().csrfToken()).isEqualTo(old.state().csrfToken());
            assertThat(rotated.state().createdAt()).isEqualTo(T0);
            assertThat(sessions.resolve(old.id(), T0.plusSeconds(91))).isEmpty();
            assertThat(sessions.resolve(rotated.id(), T0.plusSeconds(91))).isPresent();
            assertThat(store.sessions).hasSize(1);
        }

        @Test
        void rotation_keeps_the_absolute_lifetime_of_the_login() {
            Session old = openAlex();
            Instant late = T0.plus(Duration.ofHours(9).plusMinutes(50));
            for (Instant now = T0; now.isBefore(late); now = now.plus(Duration.ofMinutes(20))) {
                sessions.resolve(old.id(), now);
            }
            Session rotated = sessions.rotate(old.id(), late).orElseThrow();
            assertThat(sessions.resolve(rotated.id(), T0.plus(Duration.ofHours(10)))).isEmpty();
        }

        @Test
        void an_ended_or_unknown_session_cannot_be_rotated() {
            Session old = openAlex();
            assertThat(sessions.rotate(old.id(), T0.plus(Duration.ofMinutes(30)))).isEmpty();
            assertThat(sessions.rotate("inconnu", T0)).isEmpty();
            assertThat(store.sessions).isEmpty();
        }
    }

    @Nested
    class Ending {

        @Test
        void logout_ends_the_session() {
            Session session = openAlex();
            Session other = openAlex();
            sessions.close(session.id());
            assertThat(sessions.resolve(session.id(), T0)).isEmpty();
            assertThat(sessions.resolve(other.id(), T0)).isPresent();
            sessions.close("inconnu");
            sessions.close(null);
        }

        @Test
        void a_deleted_user_loses_every_session_at_once_and_only_theirs() {
            Session first = openAlex();
            Session second = openAlex();
            Session colleague = sessions.open(SubjectKind.PARTNER_USER, "43", "partner-7", false, T0);
            Session sameIdOtherKind = sessions.open(SubjectKind.CAISSE_ADMIN, "42", "CARSAT-NORD-PICARDIE", false, T0);
            assertThat(sessions.closeAllFor(SubjectKind.PARTNER_USER, "42")).isEqualTo(2);
            assertThat(sessions.resolve(first.id(), T0)).isEmpty();
            assertThat(sessions.resolve(second.id(), T0)).isEmpty();
            assertThat(sessions.resolve(colleague.id(), T0)).isPresent();
            assertThat(sessions.resolve(sameIdOtherKind.id(), T0)).isPresent();
        }

        @Test
        void the_forced_password_change_is_lifted_on_every_session_of_the_user() {
            Session first = sessions.open(SubjectKind.PARTNER_USER, "42", "partner-7", true, T0);
            Session colleague = sessions.open(SubjectKind.PARTNER_USER, "43", "partner-7", true, T0);
            assertThat(sessions.updateMustChangePassword(SubjectKind.PARTNER_USER, "42", false)).isEqualTo(1);
            assertThat(sessions.resolve(first.id(), T0).orElseThrow().state().mustChangePassword()).isFalse();
            assertThat(sessions.resolve(colleague.id(), T0).orElseThrow().state().mustChangePassword()).isTrue();
        }

        @Test
        void the_purge_deletes_idle_and_too_old_sessions_only() {
            Session idle = openAlex();
            Session old = openAlex();
            Instant now = T0;
            while (now.isBefore(T0.plus(Duration.ofHours(10)))) {
                now = now.plus(Duration.ofMinutes(20));
                store.touch(Sha256.hex(old.id()), now);
            }
            Session fresh = sessions.open(SubjectKind.PARTNER_USER, "42", "partner-7", false, now.minus(Duration.ofMinutes(29)));
            assertThat(sessions.purgeExpired(now)).isEqualTo(2);
            assertThat(store.sessions).containsOnlyKeys(Sha256.hex(fresh.id())).doesNotContainKey(Sha256.hex(idle.id()));
        }
    }
}
