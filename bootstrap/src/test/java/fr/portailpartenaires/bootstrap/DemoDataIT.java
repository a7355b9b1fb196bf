package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.application.caisse.SetUpCaisse;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demonstration's data is made through the use cases (spec §3.5, issue 15): its accounts were created like real
 * ones and changed their temporary passwords at a first login, every step is audited, Lea62's transmitted
 * certificates are in the caisse's exchange history (BillingStoryIT sees them invoiced), and the load is one
 * transaction.
 */
class DemoDataIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().build();

    private static final List<DemoData.DemoAccount> ACCOUNTS = List.of(DemoData.CAISSE_ADMIN, DemoData.OTHER_CAISSE_ADMIN,
            DemoData.PARTNER_ADMIN, DemoData.ERGOTHERAPEUTE);

    @Test
    void every_demo_account_logs_in_with_its_documented_password_and_nothing_left_to_change() {
        for (DemoData.DemoAccount account : ACCOUNTS) {
            var answer = server.client().login(account.login(), account.password());
            assertThat(answer.status()).as(account.login()).isEqualTo(200);
            assertThat(answer.body().path("changementMotDePasseRequis").asBoolean()).as(account.login()).isFalse();
        }
    }

    @Test
    void the_load_is_audited_step_by_step_like_real_work() {
        List<AuditLog.Entry> trail = server.portal().auditLog().recent(500);
        assertThat(actions(trail, AuditAction.TEMPORARY_PASSWORD_ISSUED)).as("one per account").isEqualTo(4);
        assertThat(actions(trail, AuditAction.PASSWORD_CHANGED)).as("one per account").isEqualTo(4);
        assertThat(actions(trail, AuditAction.REGISTRATION_SUBMITTED)).isEqualTo(2);
        assertThat(actions(trail, AuditAction.REGISTRATION_VALIDATED)).isEqualTo(2);
        assertThat(actions(trail, AuditAction.TRANSMITTED)).as("ROUSSEL and FOURNIER").isEqualTo(2);
        assertThat(server.portal().auditLog().verifyChain()).isInstanceOf(AuditLog.Intact.class);
    }

    @Test
    void lea62s_transmitted_certificates_are_in_the_caisse_exchange_history() {
        var carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        var lea = server.loggedIn(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password());
        String convention = lea.get("/api/partenaire/conventions").body().get(0).path("id").asText();
        var today = java.time.LocalDate.now(fr.portailpartenaires.domain.shared.BusinessTime.ZONE);
        var history = carsat.get("/api/historique-echanges?du=" + today.minusDays(1) + "&au=" + today.plusDays(1)
                + "&convention=" + convention);
        assertThat(history.status()).as(history.raw()).isEqualTo(200);
        assertThat(StreamSupport.stream(history.body().path("entrees").spliterator(), false)
                .map(entry -> entry.path("commentaire").asText()))
                .filteredOn(text -> text.startsWith("Transmission de l'attestation de visite")).hasSize(2);
        // the files still open, in the states the loader left them (sans suite and closed are filtered out)
        JsonNode orders = lea.get("/api/habitat/commandes?limite=50").body().path("commandes");
        assertThat(StreamSupport.stream(orders.spliterator(), false)
                .map(order -> order.path("nom").asText() + " " + order.path("attestation").asText()
                        + (order.path("relance").asBoolean() ? " en relance" : "")))
                .containsExactlyInAnyOrder("PETIT AUCUNE en relance", "ROUSSEL TRANSMISE", "MOREAU BROUILLON",
                        "LEFEBVRE AUCUNE", "DUPONT AUCUNE");
    }

    @Test
    void loading_twice_changes_nothing() {
        long before = entries();
        assertThat(DemoData.load(server.portal(), server.portal().infra().clock())).hasSize(4);
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void a_load_that_fails_half_way_leaves_nothing_behind() {
        var clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        try (var h2 = DataSources.h2InMemory("demo-undone-" + System.nanoTime());
                Portal portal = Portal.builder().dataSource(h2).clock(clock).backgroundJobs(false).build()) {
            // an operator already gave Lea62 to someone else: the demo's ergothérapeute cannot register
            assertThat(portal.caisse().setUp().createAdministrator(new SetUpCaisse.NewCaisseAdministrator(
                    "CAF-13", DemoData.ERGOTHERAPEUTE.login(), "AUTRE", "Personne", "autre@portail.example", false)))
                    .isInstanceOf(Outcome.Done.class);
            long before = portal.auditLog().recent(1000).size();

            assertThatThrownBy(() -> DemoData.load(portal, clock)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Ergothérapie des Flandres");

            assertThat(portal.infra().accounts().loginTaken(DemoData.CAISSE_ADMIN.login().toLowerCase(Locale.ROOT)))
                    .as("the caisse administrator created before the failure is gone").isFalse();
            assertThat(portal.auditLog().recent(1000)).hasSize((int) before);
        }
    }

    private long entries() {
        return ((AuditLog.Intact) server.portal().auditLog().verifyChain()).entries();
    }

    private static long actions(List<AuditLog.Entry> trail, AuditAction action) {
        return trail.stream().filter(entry -> entry.event().action().equals(action.name())).count();
    }
}
