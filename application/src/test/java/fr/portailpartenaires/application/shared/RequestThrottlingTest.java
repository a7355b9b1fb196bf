package fr.portailpartenaires.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.LoginAttempts.Scope;
import fr.portailpartenaires.application.testing.InMemoryAuditLog;
import fr.portailpartenaires.application.testing.InMemoryLoginAttempts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttling of the public forms' requests, and its audit entry when a key starts being locked. */
class RequestThrottlingTest {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    private static final String IP = "203.0.113.7";

    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    @Test
    void locks_from_the_threshold_and_audits_it_once_per_series_with_the_source_address() {
        RequestThrottling registrations = new RequestThrottling(attempts, Scope.REGISTRATION_ADDRESS,
                RequestThrottling.REGISTRATIONS_PER_ADDRESS).audited(audit);
        Instant now = T0;
        for (int i = 0; i < 19; i++) {
            registrations.record(IP, now);
        }
        assertThat(registrations.waitFor(IP, now)).isEmpty();
        assertThat(audit.events(AuditAction.REQUESTS_THROTTLED)).isEmpty();

        registrations.record(IP, now);

        assertThat(registrations.waitFor(IP, now)).contains(Duration.ofMinutes(1));
        assertThat(audit.events(AuditAction.REQUESTS_THROTTLED)).singleElement().satisfies(event -> {
            assertThat(event.sourceAddress()).contains(IP);
            assertThat(event.details()).containsEntry("scope", "REGISTRATION_ADDRESS").containsEntry("locked_for", "PT1M");
        });
        now = now.plus(Duration.ofMinutes(1));
        registrations.record(IP, now);
        assertThat(audit.events(AuditAction.REQUESTS_THROTTLED)).as("the same series").hasSize(1);
    }

    @Test
    void an_account_scope_targets_the_account_and_an_unaudited_throttling_writes_nothing() {
        RequestThrottling mails = new RequestThrottling(attempts, Scope.PASSWORD_RESET_ACCOUNT,
                RequestThrottling.PER_ACCOUNT).audited(audit);
        for (int i = 0; i < 3; i++) {
            mails.record("5f0c2b9e-0000-4000-8000-000000000001", T0);
        }
        assertThat(audit.events(AuditAction.REQUESTS_THROTTLED)).singleElement().satisfies(event ->
                assertThat(event.target()).contains("user:5f0c2b9e-0000-4000-8000-000000000001"));

        RequestThrottling silent = new RequestThrottling(attempts, Scope.CONTACT_ADDRESS, RequestThrottling.PER_ADDRESS);
        for (int i = 0; i < 5; i++) {
            silent.record(IP, T0);
        }
        assertThat(silent.waitFor(IP, T0)).isPresent();
        assertThat(audit.events(AuditAction.REQUESTS_THROTTLED)).hasSize(1);
    }

    @Test
    void the_logins_own_counters_are_not_for_it() {
        for (Scope scope : new Scope[] {Scope.ACCOUNT, Scope.ADDRESS, Scope.ACCOUNT_SOURCE, Scope.DEVICE}) {
            assertThatThrownBy(() -> new RequestThrottling(attempts, scope, RequestThrottling.PER_ADDRESS))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
