package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AUDIT_EVENT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.WEB_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Spec §8.3: whoever calls and whatever ids they send, the partner's administration is only its own
 * administrators'. Every route is called by an anonymous caller, a user of the partner who is not an
 * administrator, a caisse administrator, and users of another partner, with the real ids of the other
 * partner's users: the answer is always 401, 403 or 404, never data of the other partner, and nothing
 * changes (both partners, the audit trail, the mail outbox).
 */
class PartnerAdministrationIsolationIT {

    /** One portal for the class: every test checks that nothing changed. */
    @RegisterExtension
    static final PortalExtension server = PortalExtension.onH2().build();

    /** One route of the partner's administration; {@code {id}} is replaced by the target user's id. */
    record Call(String method, String path, Object body) {
        PortalClient.Answer by(PortalClient client, UserId target) {
            String concrete = path.replace("{id}", target.value().toString());
            return switch (method) {
                case "GET" -> client.get(concrete);
                case "POST" -> client.post(concrete, body);
                case "PUT" -> client.put(concrete, body);
                case "DELETE" -> client.delete(concrete);
                default -> throw new IllegalArgumentException(method);
            };
        }

        boolean namesAUser() {
            return path.contains("{id}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Call> EVERY_ROUTE = List.of(
            new Call("GET", "/api/partenaire/fiche", null),
            new Call("PUT", "/api/partenaire", Map.of("nomPartenaire", "Pirate", "telephone", "0102030405")),
            new Call("PUT", "/api/partenaire/adresse", Map.of("codePostal", "75001", "commune", "Paris")),
            new Call("GET", "/api/partenaire/utilisateurs", null),
            new Call("POST", "/api/partenaire/utilisateurs", Map.of("nom", "PIRATE", "prenom", "Pierre",
                    "login", "Pirate1", "email", "pirate@pirate.example", "administrateur", true)),
            new Call("PUT", "/api/partenaire/utilisateurs/{id}", Map.of("nom", "PIRATE", "prenom", "Pierre",
                    "email", "pirate@pirate.example")),
            new Call("DELETE", "/api/partenaire/utilisateurs/{id}", null),
            new Call("POST", "/api/partenaire/utilisateurs/{id}/administrateur", ""),
            new Call("DELETE", "/api/partenaire/utilisateurs/{id}/administrateur", null));

    private static PartnerId cielBleu;
    private static UserId alex7;
    private static UserId martin37;
    private static Partner ergo;
    private static PartnerUser claire;
    private static PartnerUser paul;
    /** Logged in once (a login is audited too), before any snapshot. */
    private static PortalClient martinClient;
    private static PortalClient caisseClient;
    private static PortalClient paulClient;
    private static PortalClient claireClient;

    private Snapshot before;

    /** What must not change: both partners with their users, the audit trail, the outbox. */
    record Snapshot(Optional<Partner> cielBleu, Optional<Partner> ergo, int auditEvents, int mails) {
    }

    @BeforeAll
    static void twoPartnersAndTheirUsersLoggedIn() {
        Portal portal = server.portal();
        alex7 = portal.infra().accounts().findByLogin("alex7").orElseThrow().id();
        cielBleu = portal.infra().accounts().findByLogin("alex7").orElseThrow().partner().orElseThrow();
        PartnerUser martin = PartnerFixtures.user("Martin37", "MARTIN", false);
        Partner withMartin = portal.infra().partners().find(cielBleu).orElseThrow().createUser(alex7, martin).orElseThrow();
        assertThat(PartnerFixtures.saved(portal, withMartin, martin.id())).isTrue();
        PartnerFixtures.password(portal, martin, "Mikael2025");
        martin37 = martin.id();
        claire = PartnerFixtures.user("Claire59", "DURAND", true);
        paul = PartnerFixtures.user("Paul59", "PETIT", false);
        ergo = PartnerFixtures.store(portal, "Ergo Habitat", claire, paul);
        PartnerFixtures.password(portal, claire, "Claire2025");
        PartnerFixtures.password(portal, paul, "Paul2025x");
        martinClient = server.loggedIn("Martin37", "Mikael2025");
        caisseClient = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        paulClient = server.loggedIn("Paul59", "Paul2025x");
        claireClient = server.loggedIn("Claire59", "Claire2025");
    }

    @BeforeEach
    void snapshot() {
        before = snapshotNow();
    }

    private static Snapshot snapshotNow() {
        Portal portal = server.portal();
        var dsl = portal.infra().database().dsl();
        return new Snapshot(portal.infra().partners().find(cielBleu), portal.infra().partners().find(ergo.id()),
                dsl.fetchCount(AUDIT_EVENT), dsl.fetchCount(MAIL_OUTBOX));
    }

    /** Calls every route on each target and expects the status; no answer shows the other partner's data. */
    private void refusedEverywhere(PortalClient client, int status, List<UserId> targets, String... neverShown) {
        for (Call call : EVERY_ROUTE) {
            for (UserId target : call.namesAUser() ? targets : targets.subList(0, 1)) {
                var answer = call.by(client, target);
                assertThat(answer.status()).as("%s on %s", call, target).isEqualTo(status);
                assertThat(answer.raw()).as("%s answers nothing of the other partner", call)
                        .doesNotContain(neverShown).doesNotContain(target.value().toString());
            }
        }
        assertThat(snapshotNow()).isEqualTo(before);
    }

    @Test
    void an_anonymous_caller_is_asked_to_log_in_everywhere() {
        refusedEverywhere(server.client(), 401, List.of(alex7, martin37, claire.id()),
                "Alex7", "Martin37", "GRIZZI", "Claire59");
    }

    @Test
    void a_user_of_the_partner_who_is_not_an_administrator_is_refused_everywhere() {
        refusedEverywhere(martinClient, 403, List.of(alex7, martin37, claire.id(), paul.id()),
                "Alex7", "GRIZZI", "Claire59", "Paul59");
    }

    @Test
    void a_caisse_administrator_is_refused_everywhere() {
        refusedEverywhere(caisseClient, 403,
                List.of(alex7, martin37, claire.id()), "Alex7", "Martin37", "Claire59");
    }

    @Test
    void a_simple_user_of_another_partner_is_refused_everywhere() {
        refusedEverywhere(paulClient, 403, List.of(alex7, martin37), "Alex7", "Martin37",
                "GRIZZI", "Ciel Bleu");
    }

    @Test
    void an_administrator_of_another_partner_finds_none_of_its_users_and_sees_only_their_own_partner() {
        for (Call call : EVERY_ROUTE.stream().filter(Call::namesAUser).toList()) {
            for (UserId target : List.of(alex7, martin37)) {
                var answer = call.by(claireClient, target);
                assertThat(answer.status()).as("%s on %s", call, target).isEqualTo(404);
                assertThat(answer.raw()).doesNotContain("Alex7", "Martin37", "GRIZZI", target.value().toString());
            }
        }
        var users = claireClient.get("/api/partenaire/utilisateurs");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.raw()).contains("Claire59", "Paul59").doesNotContain("Alex7", "Martin37");
        var fiche = claireClient.get("/api/partenaire/fiche");
        assertThat(fiche.text("nomPartenaire")).isEqualTo("Ergo Habitat");
        assertThat(fiche.raw()).doesNotContain("Ciel Bleu");
        assertThat(snapshotNow()).isEqualTo(before);
    }

    @Test
    void a_deleted_users_sessions_are_closed_and_every_later_call_with_them_is_unauthenticated() {
        Portal portal = server.portal();
        PartnerUser temporary = PartnerFixtures.user("Passager1", "PASSAGER", false);
        Partner withHim = portal.infra().partners().find(ergo.id()).orElseThrow().createUser(claire.id(), temporary).orElseThrow();
        assertThat(PartnerFixtures.saved(portal, withHim, temporary.id())).isTrue();
        PartnerFixtures.password(portal, temporary, "Passager1x");
        PortalClient his = server.loggedIn("Passager1", "Passager1x");
        PortalClient hisOtherSession = server.loggedIn("Passager1", "Passager1x");
        assertThat(his.get("/api/partenaire").status()).isEqualTo(200);

        assertThat(claireClient.delete("/api/partenaire/utilisateurs/" + temporary.id().value()).status()).isEqualTo(204);

        assertThat(portal.infra().database().dsl().fetchCount(WEB_SESSION, WEB_SESSION.SUBJECT.eq(temporary.id().value()
                .toString()))).isZero();
        for (PortalClient session : List.of(his, hisOtherSession)) {
            assertThat(session.get("/api/partenaire").status()).isEqualTo(401);
            assertThat(session.get("/api/partenaire/utilisateurs").status()).isEqualTo(401);
            assertThat(session.post("/api/session/mot-de-passe", Map.of("motDePasseActuel", "Passager1x",
                    "nouveauMotDePasse", "Passager2x", "confirmation", "Passager2x")).status()).isEqualTo(401);
        }
        assertThat(server.client().login("Passager1", "Passager1x").status()).isEqualTo(401);
        assertThat(portal.infra().partners().find(ergo.id()).orElseThrow().users()).extracting(PartnerUser::id)
                .doesNotContain(temporary.id());
    }
}
