package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static fr.portailpartenaires.application.testing.PortalFixture.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.account.Authenticate.LoggedIn;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the login answer says (wait, previous login) and which sessions a password change ends (spec §2.2). */
class LoginAnswerAndSessionsTest {

    private final PortalFixture portal = new PortalFixture();
    private final Principal carsat = portal.carsatAdministrator();

    private LoggedIn login(String password) {
        return done(portal.authentication.login("carsat62", password, FROM));
    }

    @Nested
    class A_throttled_login {

        @Test
        void says_how_long_to_wait_one_minute_then_two() {
            for (int i = 0; i < 5; i++) {
                refused(portal.authentication.login("carsat62", "Mauvais" + i, FROM), Reason.UNAUTHENTICATED);
            }
            assertThat(refused(portal.authentication.login("carsat62", "Carsat2025", FROM), Reason.TOO_MANY_REQUESTS)
                    .retryAfter()).contains(Duration.ofMinutes(1));

            portal.clock.advance(Duration.ofSeconds(40));
            assertThat(refused(portal.authentication.login("carsat62", "Carsat2025", FROM), Reason.TOO_MANY_REQUESTS)
                    .retryAfter()).contains(Duration.ofSeconds(20));

            portal.clock.advance(Duration.ofSeconds(20));
            refused(portal.authentication.login("carsat62", "Mauvais5", FROM), Reason.UNAUTHENTICATED);
            assertThat(refused(portal.authentication.login("carsat62", "Carsat2025", FROM), Reason.TOO_MANY_REQUESTS)
                    .retryAfter()).contains(Duration.ofMinutes(2));
        }
    }

    @Nested
    class The_previous_login {

        @Test
        void is_told_in_french_in_paris_time_in_winter_and_in_summer() {
            assertThat(login("Carsat2025").previousLoginMessage()).isEmpty();
            portal.clock.advance(Duration.ofHours(2));

            assertThat(login("Carsat2025").previousLoginMessage())
                    .contains("Votre dernière connexion à ce service date du 10/03/2025 à 10:00.");

            assertThat(new LoggedIn("s", "c", "carsat62", Principal.Kind.CAISSE_ADMIN, false,
                    Optional.of(Instant.parse("2025-07-14T21:05:00Z"))).previousLoginMessage())
                    .contains("Votre dernière connexion à ce service date du 14/07/2025 à 23:05.");
        }
    }

    @Nested
    class A_password_change {

        @Test
        void ends_every_other_session_of_the_user_and_keeps_the_callers_under_a_new_id() {
            LoggedIn office = login("Carsat2025");
            LoggedIn home = login("Carsat2025");
            Principal other = portal.caisseAdministrator(InMemoryReferenceData.CARSAT_NORD_PICARDIE, "voisine62",
                    "Voisine2025");
            LoggedIn colleague = done(portal.authentication.login("voisine62", "Voisine2025", FROM));

            LoggedIn changed = done(portal.authentication.changePassword(
                    portal.authentication.resolve(office.sessionId()).orElseThrow(), "Carsat2025", "Soleil2025",
                    "Soleil2025", FROM));

            assertThat(portal.authentication.resolve(home.sessionId())).isEmpty();
            assertThat(portal.authentication.resolve(office.sessionId())).isEmpty();
            assertThat(portal.authentication.resolve(changed.sessionId())).hasValueSatisfying(principal ->
                    assertThat(principal.user()).isEqualTo(carsat.user()));
            assertThat(portal.authentication.resolve(colleague.sessionId())).hasValueSatisfying(principal ->
                    assertThat(principal.user()).isEqualTo(other.user()));
        }
    }
}
