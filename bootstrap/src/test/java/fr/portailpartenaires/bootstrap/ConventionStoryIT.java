package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conventions over real HTTP against the running service (embedded H2 file database, demo data), mails read
 * from a real SMTP server (GreenMail): Alex7 (Association Ciel Bleu) requests conventions, the caisse of each
 * request validates or invalidates it, every administrator of the partner is mailed, Alex7 selects the convention
 * to work on. Then every convention endpoint is called by whoever must not use it, with the real ids of another
 * partner's or caisse's objects.
 */
class ConventionStoryIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().build();

    private static final String ALEX_MAIL = "alexandre.grizzi@cielbleu.example";
    private static final String SOLANGE_MAIL = "solange.soleil@cielbleu.example";
    private static final String MARTIN_MAIL = "mikael.martin@cielbleu.example";
    private static final String SOLANGE = "Solange778";
    private static final String MARTIN = "Martin37";
    private static final String CLAIRE = "Claire62";
    private static final String PASSWORD = "Arras62000";
    private static final String MOTIF = "Ce numéro de convention est celui d'une autre structure.";

    private PortalClient alex;
    private PortalClient carsat;
    private PortalClient cnavIdf;
    private String cielBleu;
    private String soleilConvention;

    @BeforeEach
    void threeLoggedInAndTwoPartners() {
        alex = server.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
        carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        cnavIdf = server.loggedIn(DemoData.OTHER_CAISSE_ADMIN.login(), DemoData.OTHER_CAISSE_ADMIN.password());
        cielBleu = alex.get("/api/partenaire").text("id");
        addCielBleuUsers();
        soleilConvention = addOtherPartner();
    }

    /** A second administrator (Solange778) and a plain user (Martin37) of Association Ciel Bleu, as its users tab would. */
    private void addCielBleuUsers() {
        Portal portal = server.portal();
        UserId alexId = portal.infra().accounts().findByLogin("alex7").orElseThrow().id();
        UserId solange = UserId.random();
        UserId martin = UserId.random();
        Partner partner = portal.infra().partners().find(new PartnerId(UUID.fromString(cielBleu))).orElseThrow()
                .createUser(alexId, new PartnerUser(solange, Login.of(SOLANGE), LastName.of("SOLEIL"),
                        FirstName.of("Solange"), Optional.empty(), EmailAddress.of(SOLANGE_MAIL), true))
                .flatMap(withSolange -> withSolange.createUser(alexId, new PartnerUser(martin, Login.of(MARTIN),
                        LastName.of("MARTIN"), FirstName.of("Mikaël"), Optional.empty(), EmailAddress.of(MARTIN_MAIL),
                        false)))
                .orElseThrow();
        assertThat(PartnerFixtures.saved(portal, partner, solange, martin)).isTrue();
        for (UserId user : List.of(solange, martin)) {
            portal.infra().accounts().setPassword(user, portal.infra().hasher().hash(PASSWORD), Optional.empty(), false);
        }
    }

    /** Soleil Services, another partner of CARSAT Nord-Picardie, administered by Claire62; answers its convention's id. */
    private String addOtherPartner() {
        Portal portal = server.portal();
        PartnerId soleil = PartnerId.random();
        UserId claire = UserId.random();
        PartnerFixtures.store(portal, Partner.register(soleil, PartnerName.of("Soleil Services"), Optional.empty(),
                PhoneNumber.of("0321000000"), PostalAddress.builder().numero("3").typeEtLibelleVoie("rue des Capucins")
                        .codePostal("62000").commune("Arras").build(),
                new PartnerUser(claire, Login.of(CLAIRE), LastName.of("DUBOIS"), FirstName.of("Claire"),
                        Optional.empty(), EmailAddress.of("claire.dubois@soleil.example"), true)));
        var caisse = portal.infra().referenceData().caisse(DemoData.CARSAT_NP).orElseThrow();
        var convention = new Convention.Validee(new ConventionId(UUID.randomUUID()), soleil.value(),
                new ConventionTerms(caisse, ConventionCode.of("757301"), PartnerType.PRESTATAIRE_AIDE_DOMICILE),
                java.time.Instant.now(), java.time.Instant.now(), Optional.empty());
        portal.infra().conventions().add(convention);
        portal.infra().accounts().setPassword(claire, portal.infra().hasher().hash(PASSWORD), Optional.empty(), false);
        return convention.id().value().toString();
    }

    private PortalClient.Answer request(PortalClient client, String caisse, String code) {
        return client.post("/api/partenaire/conventions", Map.of("regime", "CNAV", "caisse", caisse,
                "codeConvention", code, "typePartenaire", "STRUCTURE_EVALUATION"));
    }

    private String requested(String caisse, String code) {
        var answer = request(alex, caisse, code);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.text("id");
    }

    private static List<String> field(PortalClient.Answer answer, String field) {
        return StreamSupport.stream(answer.body().spliterator(), false).map(node -> node.path(field).asText()).toList();
    }

    @Test
    void request_validate_invalidate_mail_every_administrator_select_and_keep_the_selection() throws Exception {
        assertThat(field(alex.get("/api/partenaire/conventions"), "code")).containsExactly("757300");

        // Alex7 requests 757302 with CARSAT Nord-Picardie: pending, seen by CARSAT only
        var pending = request(alex, "CARSAT-NORD-PICARDIE", "757302");
        assertThat(pending.status()).isEqualTo(201);
        assertThat(pending.text("etat")).isEqualTo("en attente de validation");
        String carsatRequest = pending.text("id");
        assertThat(field(carsat.get("/api/caisse/conventions"), "id")).containsExactly(carsatRequest);
        assertThat(field(carsat.get("/api/caisse/conventions"), "nomPartenaire")).containsExactly("Association Ciel Bleu");
        assertThat(cnavIdf.get("/api/caisse/conventions").raw()).doesNotContain(carsatRequest).isEqualTo("[]");
        assertThat(cnavIdf.post("/api/caisse/conventions/" + carsatRequest + "/validation", "").status()).isEqualTo(404);
        assertThat(cnavIdf.post("/api/caisse/conventions/" + carsatRequest + "/invalidation", Map.of("motif", MOTIF))
                .status()).isEqualTo(404);
        assertThat(field(alex.get("/api/partenaire/conventions"), "etat"))
                .containsExactly("validée", "en attente de validation");

        // CARSAT validates: every administrator of Ciel Bleu gets the validation mail, the plain user does not
        var validated = carsat.post("/api/caisse/conventions/" + carsatRequest + "/validation", "");
        assertThat(validated.status()).isEqualTo(200);
        assertThat(validated.text("etat")).isEqualTo("validée");
        List<MimeMessage> validation = server.mailbox().awaitMails("Mail de confirmation : validation de convention", 2);
        assertThat(validation).hasSize(2);
        List<String> validationRecipients = new ArrayList<>();
        for (MimeMessage mail : validation) {
            validationRecipients.add(Mailbox.recipients(mail));
            assertThat(MailText.textPart(mail)).contains("La convention n° 757302 a été validée par la caisse CARSAT Nord-Picardie.");
        }
        assertThat(validationRecipients).containsExactlyInAnyOrder(ALEX_MAIL, SOLANGE_MAIL);
        assertThat(carsat.get("/api/caisse/conventions").raw()).isEqualTo("[]");

        // Alex7 requests 750001 with CNAV Île-de-France, whose administrator invalidates it with a motif
        String cnavRequest = requested("CNAV-IDF", "750001");
        assertThat(carsat.get("/api/caisse/conventions").raw()).doesNotContain(cnavRequest);
        assertThat(carsat.post("/api/caisse/conventions/" + cnavRequest + "/validation", "").status()).isEqualTo(404);
        assertThat(field(cnavIdf.get("/api/caisse/conventions"), "id")).containsExactly(cnavRequest);
        assertThat(cnavIdf.post("/api/caisse/conventions/" + cnavRequest + "/invalidation", Map.of("motif", " "))
                .status()).isEqualTo(400);
        var invalidated = cnavIdf.post("/api/caisse/conventions/" + cnavRequest + "/invalidation", Map.of("motif", MOTIF));
        assertThat(invalidated.status()).isEqualTo(200);
        assertThat(invalidated.text("etat")).isEqualTo("invalidée");
        List<MimeMessage> invalidation = server.mailbox()
                .awaitMails("Mail de confirmation : invalidation de convention", 2);
        assertThat(invalidation).hasSize(2);
        List<String> invalidationRecipients = new ArrayList<>();
        for (MimeMessage mail : invalidation) {
            invalidationRecipients.add(Mailbox.recipients(mail));
            assertThat(MailText.textPart(mail).replaceAll("\\s+", " ").strip()).isEqualTo("Bonjour, La convention n° 750001"
                    + " n'a pas pu être validée par la caisse CNAV Île-de-France. Merci de bien vouloir contacter"
                    + " l'administrateur de votre caisse. Cordialement, Administrateur PPAS");
        }
        assertThat(invalidationRecipients).containsExactlyInAnyOrder(ALEX_MAIL, SOLANGE_MAIL);
        assertThat(field(alex.get("/api/partenaire/conventions"), "etat"))
                .containsExactly("validée", "validée", "invalidée");

        // the convention selector: the first effective one by default, then 757302, kept from request to request
        var selection = alex.get("/api/session/convention");
        assertThat(selection.body().path("selection").path("code").asText()).isEqualTo("757300");
        assertThat(field(new PortalClient.Answer(200, selection.body().path("choix"), ""), "code"))
                .containsExactly("757300", "757302");
        var selected = alex.put("/api/session/convention", Map.of("convention", carsatRequest));
        assertThat(selected.status()).isEqualTo(200);
        assertThat(selected.body().path("selection").path("code").asText()).isEqualTo("757302");
        assertThat(alex.get("/api/partenaire").status()).isEqualTo(200);
        assertThat(alex.get("/api/partenaire/conventions").status()).isEqualTo(200);
        assertThat(alex.get("/api/session/convention").body().path("selection").path("id").asText()).isEqualTo(carsatRequest);
        assertThat(alex.put("/api/session/convention", Map.of("convention", cnavRequest)).status()).isEqualTo(422);
        assertThat(alex.put("/api/session/convention", Map.of("convention", soleilConvention)).status()).isEqualTo(404);
        assertThat(alex.get("/api/session/convention").body().path("selection").path("code").asText()).isEqualTo("757302");
        assertThat(server.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password())
                .get("/api/session/convention").body().path("selection").path("code").asText())
                .as("a new session starts on the default").isEqualTo("757300");

        // a validated convention is the caisse's to change, never the partner's
        var modified = alex.put("/api/partenaire/conventions/" + carsatRequest,
                Map.of("codeConvention", "757303", "typePartenaire", "HABITAT"));
        assertThat(modified.status()).isEqualTo(403);
        assertThat(modified.text("detail")).isEqualTo("Une convention validée ne peut être modifiée que par la caisse.");
        assertThat(field(alex.get("/api/partenaire/conventions"), "code")).containsExactly("757300", "757302", "750001");
        assertThat(request(alex, "CARSAT-NORD-PICARDIE", "757302").body().path("errors").path("codeConvention").get(0)
                .asText()).isEqualTo("Le partenaire détient déjà la convention n° 757302.");

        var audit = server.portal().auditLog().recent(50).toString();
        assertThat(audit).contains("CONVENTION_REQUESTED", "CONVENTION_VALIDATED", "CONVENTION_REJECTED");
        assertThat(server.portal().auditLog().verifyChain())
                .isInstanceOf(fr.portailpartenaires.application.shared.AuditLog.Intact.class);
    }

    @Nested
    class Nobody_else_reads_or_changes_anything {

        private String validatedId;
        private String pendingId;
        private PortalClient anonymous;
        private PortalClient martin;
        private PortalClient claire;
        private String cielBleuBefore;
        private String carsatPendingBefore;
        private int mailsBefore;

        @BeforeEach
        void twoConventionsOfCielBleu() throws Exception {
            validatedId = alex.get("/api/partenaire/conventions").body().get(0).path("id").asText();
            pendingId = requested("CARSAT-NORD-PICARDIE", "757302");
            anonymous = server.client();
            martin = server.loggedIn(MARTIN, PASSWORD);
            claire = server.loggedIn(CLAIRE, PASSWORD);
            Thread.sleep(500);
            cielBleuBefore = alex.get("/api/partenaire/conventions").raw();
            carsatPendingBefore = carsat.get("/api/caisse/conventions").raw();
            mailsBefore = server.mailbox().received().length;
        }

        private void assertNothingChanged() throws InterruptedException {
            Thread.sleep(600);
            assertThat(alex.get("/api/partenaire/conventions").raw()).isEqualTo(cielBleuBefore);
            assertThat(carsat.get("/api/caisse/conventions").raw()).isEqualTo(carsatPendingBefore);
            assertThat(server.mailbox().received()).hasSize(mailsBefore);
        }

        private void assertNoDataOfCielBleu(PortalClient.Answer answer) {
            assertThat(answer.raw()).doesNotContain(validatedId).doesNotContain(pendingId).doesNotContain("Ciel Bleu");
        }

        private Map<String, String> conventionForm() {
            return Map.of("regime", "CNAV", "caisse", "CARSAT-NORD-PICARDIE", "codeConvention", "757303",
                    "typePartenaire", "STRUCTURE_EVALUATION");
        }

        private Map<String, String> change() {
            return Map.of("codeConvention", "757303", "typePartenaire", "HABITAT");
        }

        @Test
        void the_partner_conventions_list() throws Exception {
            assertThat(anonymous.get("/api/partenaire/conventions").status()).isEqualTo(401);
            var others = claire.get("/api/partenaire/conventions");
            assertThat(others.status()).isEqualTo(200);
            assertThat(field(others, "id")).containsExactly(soleilConvention);
            assertNoDataOfCielBleu(others);
            assertThat(cnavIdf.get("/api/partenaire/conventions").status()).isEqualTo(403);
            assertThat(martin.get("/api/partenaire/conventions").status()).as("any user of the partner reads").isEqualTo(200);
            assertNothingChanged();
        }

        @Test
        void a_convention_request() throws Exception {
            assertThat(anonymous.post("/api/partenaire/conventions", conventionForm()).status()).isEqualTo(401);
            var plainUser = martin.post("/api/partenaire/conventions", conventionForm());
            assertThat(plainUser.status()).isEqualTo(403);
            assertThat(plainUser.text("detail")).isEqualTo("Seul un administrateur du partenaire peut ajouter ou modifier une convention.");
            assertThat(cnavIdf.post("/api/partenaire/conventions", conventionForm()).status()).isEqualTo(403);
            assertThat(carsat.post("/api/partenaire/conventions", conventionForm()).status()).isEqualTo(403);
            assertNothingChanged();
        }

        @Test
        void a_change_of_a_convention_through_the_partner_tab() throws Exception {
            for (String id : List.of(validatedId, pendingId)) {
                assertThat(anonymous.put("/api/partenaire/conventions/" + id, change()).status()).isEqualTo(401);
                var other = claire.put("/api/partenaire/conventions/" + id, change());
                assertThat(other.status()).isEqualTo(404);
                assertNoDataOfCielBleu(other);
                assertThat(martin.put("/api/partenaire/conventions/" + id, change()).status()).isEqualTo(403);
                assertThat(cnavIdf.put("/api/partenaire/conventions/" + id, change()).status()).isEqualTo(404);
            }
            assertThat(alex.put("/api/partenaire/conventions/" + pendingId, change()).status()).isEqualTo(422);
            assertNothingChanged();
        }

        @Test
        void the_convention_selector() throws Exception {
            assertThat(anonymous.get("/api/session/convention").status()).isEqualTo(401);
            assertThat(anonymous.put("/api/session/convention", Map.of("convention", validatedId)).status()).isEqualTo(401);
            var others = claire.get("/api/session/convention");
            assertThat(others.body().path("selection").path("id").asText()).isEqualTo(soleilConvention);
            assertNoDataOfCielBleu(others);
            var stolen = claire.put("/api/session/convention", Map.of("convention", validatedId));
            assertThat(stolen.status()).isEqualTo(404);
            assertNoDataOfCielBleu(stolen);
            assertThat(claire.get("/api/session/convention").body().path("selection").path("id").asText())
                    .isEqualTo(soleilConvention);
            assertThat(claire.put("/api/session/convention", Map.of("convention", "pas-un-identifiant")).status())
                    .isEqualTo(400);
            assertThat(cnavIdf.get("/api/session/convention").status()).isEqualTo(403);
            assertThat(carsat.put("/api/session/convention", Map.of("convention", validatedId)).status()).isEqualTo(403);
            assertThat(martin.put("/api/session/convention", Map.of("convention", pendingId)).status()).isEqualTo(422);
            assertNothingChanged();
        }

        @Test
        void the_caisse_list_of_pending_requests() throws Exception {
            assertThat(anonymous.get("/api/caisse/conventions").status()).isEqualTo(401);
            var otherCaisse = cnavIdf.get("/api/caisse/conventions");
            assertThat(otherCaisse.status()).isEqualTo(200);
            assertNoDataOfCielBleu(otherCaisse);
            assertThat(alex.get("/api/caisse/conventions").status()).isEqualTo(403);
            assertThat(claire.get("/api/caisse/conventions?apres=" + pendingId).status()).isEqualTo(403);
            assertNothingChanged();
        }

        @Test
        void the_caisse_decisions_and_changes() throws Exception {
            for (String id : List.of(pendingId, validatedId)) {
                assertThat(anonymous.post("/api/caisse/conventions/" + id + "/validation", "").status()).isEqualTo(401);
                assertThat(anonymous.post("/api/caisse/conventions/" + id + "/invalidation", Map.of("motif", MOTIF))
                        .status()).isEqualTo(401);
                assertThat(anonymous.put("/api/caisse/conventions/" + id, change()).status()).isEqualTo(401);
                var validation = cnavIdf.post("/api/caisse/conventions/" + id + "/validation", "");
                assertThat(validation.status()).isEqualTo(404);
                assertNoDataOfCielBleu(validation);
                assertThat(cnavIdf.post("/api/caisse/conventions/" + id + "/invalidation", Map.of("motif", MOTIF))
                        .status()).isEqualTo(404);
                assertThat(cnavIdf.put("/api/caisse/conventions/" + id, change()).status()).isEqualTo(404);
                for (PortalClient partner : List.of(alex, claire, martin)) {
                    assertThat(partner.post("/api/caisse/conventions/" + id + "/validation", "").status()).isEqualTo(403);
                    assertThat(partner.post("/api/caisse/conventions/" + id + "/invalidation", Map.of("motif", MOTIF))
                            .status()).isEqualTo(403);
                }
                assertThat(anonymous.post("/api/caisse/conventions/" + id + "/cloture", closure(TODAY)).status())
                        .isEqualTo(401);
                assertThat(cnavIdf.post("/api/caisse/conventions/" + id + "/cloture", closure(TODAY)).status())
                        .isEqualTo(404);
                for (PortalClient partner : List.of(alex, claire, martin)) {
                    assertThat(partner.post("/api/caisse/conventions/" + id + "/cloture", closure(TODAY)).status())
                            .isEqualTo(403);
                }
                assertThat(claire.put("/api/caisse/conventions/" + id, change()).status()).isEqualTo(404);
                assertThat(martin.put("/api/caisse/conventions/" + id, change()).status()).isEqualTo(403);
            }
            assertThat(alex.put("/api/caisse/conventions/" + validatedId, change()).status()).isEqualTo(403);
            assertThat(carsat.put("/api/caisse/conventions/" + pendingId, change()).status()).isEqualTo(422);
            assertThat(carsat.post("/api/caisse/conventions/" + pendingId + "/cloture", closure(TODAY)).status())
                    .isEqualTo(409);
            assertNothingChanged();
        }

        @Test
        void its_own_caisse_may_change_a_validated_convention() throws Exception {
            var changed = carsat.put("/api/caisse/conventions/" + validatedId, change());
            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.text("code")).isEqualTo("757303");
            assertThat(field(alex.get("/api/partenaire/conventions"), "code")).containsExactly("757303", "757302");
        }

        @Test
        void its_own_caisse_closes_a_validated_convention_at_a_date_checked_in_french() throws Exception {
            var noDate = carsat.post("/api/caisse/conventions/" + validatedId + "/cloture", Map.of());
            assertThat(noDate.status()).isEqualTo(400);
            assertThat(noDate.body().path("errors").path("dateDeCloture").get(0).asText())
                    .isEqualTo("La date de clôture est obligatoire.");
            var notADate = carsat.post("/api/caisse/conventions/" + validatedId + "/cloture", closure("31/12/2030"));
            assertThat(notADate.status()).isEqualTo(400);
            assertThat(notADate.body().path("errors").path("dateDeCloture").get(0).asText())
                    .isEqualTo("La date de clôture doit être une date au format AAAA-MM-JJ.");
            var past = carsat.post("/api/caisse/conventions/" + validatedId + "/cloture", closure("2020-01-01"));
            assertThat(past.status()).isEqualTo(400);
            assertThat(field(alex.get("/api/partenaire/conventions"), "codeEtat")).containsExactly("VALIDEE",
                    "EN_ATTENTE_DE_VALIDATION");

            var later = carsat.post("/api/caisse/conventions/" + validatedId + "/cloture", closure("2099-06-30"));
            assertThat(later.status()).isEqualTo(200);
            assertThat(later.text("etat")).isEqualTo("validée");
            assertThat(later.text("dateDeCloture")).isEqualTo("2099-06-30");
            var closed = carsat.post("/api/caisse/conventions/" + validatedId + "/cloture", closure(TODAY));
            assertThat(closed.status()).isEqualTo(200);
            assertThat(closed.text("etat")).isEqualTo("clôturée");
            assertThat(field(alex.get("/api/partenaire/conventions"), "codeEtat")).containsExactly("CLOTUREE",
                    "EN_ATTENTE_DE_VALIDATION");
            assertThat(carsat.post("/api/caisse/conventions/" + validatedId + "/cloture", closure("2099-06-30"))
                    .status()).isEqualTo(409);
        }
    }

    private static final String TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();

    private static Map<String, String> closure(String date) {
        return Map.of("dateDeCloture", date);
    }
}
