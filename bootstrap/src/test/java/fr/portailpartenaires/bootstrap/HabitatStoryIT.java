package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.portailpartenaires.application.testing.MutableClock;
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
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Habitat service over real HTTP against the running service (H2 file database, demo data), with a clock the
 * test moves: CARSAT Nord-Picardie orders three interventions from the demo ergothérapeute Lea62; she finds them
 * under "Visite à faire", writes, saves, modifies and transmits the certificate of the first, declares the second
 * sans suite, lets the third wait 60 days (Relance); the caisse records the decision of the first, which shows under
 * "Dossier clos" with its Aide PDF — until 12 months and a day after its transmission, when every PDF is gone (410).
 * Every forbidden transition answers a typed French refusal and changes nothing; every route refuses whoever must
 * not use it.
 */
class HabitatStoryIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().clockAt(T0)
            .customize(builder -> builder.backgroundJobs(false))
            .build();

    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final String PASSWORD = "Arras62000";

    private final MutableClock clock = server.clock();
    private PortalClient lea;
    private PortalClient carsat;
    private String convention;

    @BeforeEach
    void leaAndTheCaisseLoggedIn() {
        lea = server.loggedIn(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password());
        carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        convention = lea.get("/api/partenaire/conventions").body().get(0).path("id").asText();
    }

    /** The sessions expire after 30 minutes of inactivity: after moving the clock, everyone logs in again. */
    private void advance(Duration duration) {
        clock.advance(duration);
        lea = server.loggedIn(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password());
        carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
    }

    private Map<String, Object> orderForm(String conventionId, String nom, String nir) {
        Map<String, Object> form = new HashMap<>();
        form.put("convention", conventionId);
        form.put("nom", nom);
        form.put("prenom", "Gérard");
        form.put("nir", nir);
        form.put("adresse", Map.of("numero", "3", "typeEtLibelleVoie", "rue de l'Église", "codePostal", "62000",
                "commune", "Arras"));
        form.put("telephone", "03 21 11 22 33");
        form.put("ressources", "C");
        form.put("dateDeCommande", "2025-03-03");
        form.put("prestataireHabitat", Map.of("nom", "Soliha Pas-de-Calais", "coordonnees", "03 21 00 00 01"));
        form.put("evaluation", Map.of("dateEvaluation", "2025-02-20", "gir", 4,
                "logement", "Maison à étage ; salle de bain à l'étage."));
        return form;
    }

    private String order(String nom, String nir) {
        var created = carsat.post("/api/caisse/habitat/commandes", orderForm(convention, nom, nir));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    private List<String> ids(PortalClient client, String query) {
        var answer = client.get("/api/habitat/commandes?limite=100" + query);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.body().path("commandes").forEach(row -> ids.add(row.path("id").asText()));
        return ids;
    }

    private JsonNode row(String id) {
        var file = lea.get("/api/habitat/commandes/" + id);
        assertThat(file.status()).as(file.raw()).isEqualTo(200);
        return file.body();
    }

    private static Map<String, Object> certificate(String date) {
        Map<String, Object> form = new HashMap<>();
        form.put("dateVisite", date);
        form.put("observations", "Baignoire très haute ; escalier sans rampe.");
        form.put("travaux", List.of("SALLE_DE_BAIN", "BARRES_D_APPUI"));
        form.put("preconisations", "Douche de plain-pied et deux barres d'appui.");
        return form;
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void refused(PortalClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.text("code")).isEqualTo(code);
        assertThat(answer.text("detail")).isNotBlank();
    }

    @Test
    void from_the_order_to_the_closed_file_and_the_documents_gone_after_a_year() {
        // the caisse orders three interventions; an incomplete form is answered with every error at once
        var invalid = carsat.post("/api/caisse/habitat/commandes",
                Map.of("convention", convention, "nir", "123", "ressources", "X"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("errors").properties()).extracting(Map.Entry::getKey)
                .contains("nom", "prenom", "nir", "ressources", "dateDeCommande", "adresse", "evaluation");
        String first = order("DURAND", "1 45 03 62 041 001");
        String second = order("LEROY", "2450362041017");
        String third = order("BERNARD", "1 45 03 62 041 018");

        // Lea finds them under "Visite à faire", with their Eva
        assertThat(ids(lea, "&filtre=VISITE_A_FAIRE")).contains(first, second, third);
        assertThat(row(first).path("commande").path("documents").toString()).isEqualTo("[\"EVA\"]");
        assertThat(pdfText(lea.download("/api/habitat/commandes/" + first + "/documents/eva").bytes()))
                .contains("partie Habitat", "GIR 4", "Gérard", "rue de l'Église");

        // creates (without date yet), saves, modifies, transmits the first certificate
        var created = lea.post("/api/habitat/commandes/" + first + "/attestation", certificate(null));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().path("attestation").path("etat").asText()).isEqualTo("BROUILLON");
        assertThat(created.body().path("attestation").path("libelleEtat").asText()).isEqualTo("Brouillon");
        var tooEarly = lea.put("/api/habitat/commandes/" + first + "/attestation", certificate("2025-03-01"));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.body().path("errors").path("dateVisite").get(0).asText())
                .isEqualTo("La date de visite ne peut pas être antérieure à la date de commande.");
        var modified = lea.put("/api/habitat/commandes/" + first + "/attestation", certificate("2025-03-03"));
        assertThat(modified.status()).as(modified.raw()).isEqualTo(200);
        assertThat(modified.body().path("attestation").path("dateVisite").asText()).isEqualTo("2025-03-03");
        assertThat(pdfText(lea.download("/api/habitat/commandes/" + first + "/documents/av").bytes()))
                .contains("Brouillon — non transmise à la caisse", "Baignoire très haute ; escalier sans rampe.");
        var transmitted = lea.post("/api/habitat/commandes/" + first + "/attestation/transmission", Map.of());
        assertThat(transmitted.status()).as(transmitted.raw()).isEqualTo(200);
        String transmittedAt = transmitted.body().path("commande").path("transmiseLe").asText();
        assertThat(Instant.parse(transmittedAt)).isEqualTo(T0);
        assertThat(pdfText(lea.download("/api/habitat/commandes/" + first + "/documents/av").bytes()))
                .contains("Transmise à la caisse le 03/03/2025 à 10:00");

        // after transmission, nothing may change: typed French refusals, and the file stays as it was
        String transmise = "attestation.transmise";
        refused(lea.put("/api/habitat/commandes/" + first + "/attestation", certificate("2025-03-03")), 422, transmise);
        refused(lea.delete("/api/habitat/commandes/" + first + "/attestation"), 422, transmise);
        refused(lea.post("/api/habitat/commandes/" + first + "/attestation/transmission", Map.of()), 422, transmise);
        refused(lea.post("/api/habitat/commandes/" + first + "/sans-suite", Map.of("motif", "DECES")), 422, transmise);
        refused(lea.post("/api/habitat/commandes/" + first + "/attestation", certificate("2025-03-03")), 422, transmise);
        assertThat(row(first).path("commande").path("transmiseLe").asText()).isEqualTo(transmittedAt);
        assertThat(row(first).path("attestation").path("etat").asText()).isEqualTo("TRANSMISE");
        assertThat(ids(lea, "")).contains(first);

        // the second goes sans suite (a comment with € is refused first)
        var euro = lea.post("/api/habitat/commandes/" + second + "/sans-suite",
                Map.of("motif", "REFUS_DU_BENEFICIAIRE", "commentaire", "Devis de 300 € refusé"));
        assertThat(euro.status()).isEqualTo(400);
        assertThat(euro.body().path("errors").has("commentaire")).isTrue();
        var sansSuite = lea.post("/api/habitat/commandes/" + second + "/sans-suite",
                Map.of("motif", "REFUS_DU_BENEFICIAIRE", "commentaire", "Ne souhaite plus de travaux."));
        assertThat(sansSuite.status()).as(sansSuite.raw()).isEqualTo(200);
        refused(lea.post("/api/habitat/commandes/" + second + "/attestation", certificate("2025-03-03")), 422,
                "dossier.clos_sans_suite");
        assertThat(ids(lea, "&filtre=CLOS")).contains(second).doesNotContain(first, third);
        assertThat(ids(lea, "")).doesNotContain(second);
        assertThat(pdfText(lea.download("/api/habitat/commandes/" + second + "/documents/av").bytes()))
                .contains("Sans suite", "Refus du bénéficiaire", "Ne souhaite plus de travaux.");

        // the caisse cannot decide on a file not transmitted
        Map<String, Object> decision = Map.of("typeDeTravaux", "SALLE_DE_BAIN", "plafond", "3 500,00",
                "dateEffet", "2025-06-01", "dureeMois", 12, "paiement", "AVEC_SUBROGATION");
        refused(carsat.post("/api/caisse/habitat/commandes/" + third + "/decision", decision), 422,
                "decision.attestation_non_transmise");

        // 59 days on, no relance; on the 60th day the third (nothing sent) is en relance, not the two others
        advance(Duration.ofDays(59));
        assertThat(ids(lea, "&filtre=RELANCE")).doesNotContain(first, second, third);
        advance(Duration.ofDays(1));
        assertThat(ids(lea, "&filtre=RELANCE")).contains(third).doesNotContain(first, second);
        assertThat(row(third).path("commande").path("relance").asBoolean()).isTrue();
        assertThat(ids(lea, "&tri=RELANCE").indexOf(third)).isLessThan(ids(lea, "&tri=RELANCE").indexOf(first));

        // the caisse records the decision of the first: Dossier clos, with its Aide PDF
        var decided = carsat.post("/api/caisse/habitat/commandes/" + first + "/decision", decision);
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
        refused(carsat.post("/api/caisse/habitat/commandes/" + first + "/decision", decision), 422,
                "decision.deja_enregistree");
        assertThat(ids(lea, "&filtre=CLOS")).contains(first, second);
        assertThat(ids(lea, "")).doesNotContain(first);
        assertThat(row(first).path("commande").path("documents").toString()).isEqualTo("[\"EVA\",\"AV\",\"AIDE\"]");
        var aide = lea.download("/api/habitat/commandes/" + first + "/documents/aide");
        assertThat(aide.status()).isEqualTo(200);
        assertThat(aide.contentType()).startsWith("application/pdf");
        assertThat(pdfText(aide.bytes()).replace('\u202F', ' '))
                .contains("Notification de décision de l'aide Habitat", "3 500,00 €", "Avec subrogation", "12 mois");

        // 12 months and a day after the transmission, the documents are gone
        var transmissionDay = T0.atZone(ZoneOffset.UTC);
        advance(Duration.between(clock.instant(), transmissionDay.plus(Period.ofMonths(12)).plusDays(1).toInstant()));
        for (String document : List.of("eva", "av", "aide")) {
            var gone = lea.get("/api/habitat/commandes/" + first + "/documents/" + document);
            refused(gone, 410, "document.expire");
            assertThat(gone.text("detail")).contains("12 mois après leur transmission");
        }
        assertThat(row(first).path("commande").path("documents").toString()).isEqualTo("[]");
    }

    @Test
    void the_list_pages_by_an_opaque_cursor_and_a_tampered_cursor_is_refused() {
        for (int i = 0; i < 5; i++) {
            order("PAGE", String.format("14503620411%02d", i));
        }
        List<String> all = ids(lea, "&tri=NIR");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var page = lea.get("/api/habitat/commandes?tri=NIR&limite=3" + (cursor == null ? "" : "&curseur=" + cursor));
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            page.body().path("commandes").forEach(row -> paged.add(row.path("id").asText()));
            cursor = page.body().path("curseurSuivant").isNull() ? null : page.text("curseurSuivant");
            assertThat(cursor == null ? "" : cursor).doesNotContain("145036204");
        } while (cursor != null);
        assertThat(paged).isEqualTo(all).hasSizeGreaterThan(5);

        var tampered = lea.get("/api/habitat/commandes?curseur=pas-un-curseur");
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.body().path("errors").path("curseur").get(0).asText()).contains("curseur");
        String nirCursor = lea.get("/api/habitat/commandes?tri=NIR&limite=1").text("curseurSuivant");
        var otherList = lea.get("/api/habitat/commandes?tri=DATE_DE_COMMANDE&curseur=" + nirCursor);
        assertThat(otherList.status()).isEqualTo(400);

        var search = lea.post("/api/habitat/commandes/recherche", Map.of("nir", "1450362041102"));
        assertThat(search.status()).as(search.raw()).isEqualTo(200);
        assertThat(search.body().path("commandes")).hasSize(1);
        assertThat(search.body().path("commandes").get(0).path("nir").asText()).startsWith("1450362041102");
    }

    @Test
    void every_route_refuses_whoever_must_not_use_it() {
        String order = order("ISOLE", "1 45 03 62 041 055");
        PortalClient anonymous = server.client();
        PortalClient alex = server.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
        PortalClient cnavIdf = server.loggedIn(DemoData.OTHER_CAISSE_ADMIN.login(),
                DemoData.OTHER_CAISSE_ADMIN.password());
        PortalClient otherErgo = server.loggedIn(otherErgotherapeute(), PASSWORD);
        String file = "/api/habitat/commandes/" + order;
        Map<String, Object> decision = Map.of("typeDeTravaux", "WC", "plafond", "1 000", "dateEffet", "2025-06-01",
                "dureeMois", 6, "paiement", "SANS_SUBROGATION");

        assertThat(anonymous.get("/api/habitat/commandes").status()).isEqualTo(401);
        assertThat(anonymous.get(file).status()).isEqualTo(401);
        assertThat(anonymous.get(file + "/documents/eva").status()).isEqualTo(401);
        // a partner that is not an ergothérapeute (Ciel Bleu: structure d'évaluation)
        refused(alex.get("/api/habitat/commandes"), 403, "habitat.reserve_ergotherapeutes");
        refused(alex.get(file), 403, "habitat.reserve_ergotherapeutes");
        refused(alex.post(file + "/attestation", certificate(null)), 403, "habitat.reserve_ergotherapeutes");
        // another ergothérapeute: the order does not exist for them
        refused(otherErgo.get(file), 404, "commande.introuvable");
        refused(otherErgo.post(file + "/attestation", certificate(null)), 404, "commande.introuvable");
        refused(otherErgo.post(file + "/sans-suite", Map.of("motif", "DECES")), 404, "commande.introuvable");
        assertThat(otherErgo.get(file + "/documents/eva").status()).isEqualTo(404);
        assertThat(ids(otherErgo, "")).doesNotContain(order);
        // a caisse administrator does not use the ergothérapeute's service; another caisse sees nothing
        refused(carsat.get("/api/habitat/commandes"), 403, "partenaire.reserve_utilisateurs");
        refused(cnavIdf.post("/api/caisse/habitat/commandes", orderForm(convention, "AUTRE", "1 45 03 62 041 066")), 404,
                "convention.introuvable");
        refused(cnavIdf.post("/api/caisse/habitat/commandes/" + order + "/decision", decision), 404,
                "commande.introuvable");
        // a partner user does not create orders; an order for a convention that is not an ergothérapeute's is refused
        refused(lea.post("/api/caisse/habitat/commandes", orderForm(convention, "AUTRE", "1 45 03 62 041 066")), 403,
                "habitat.reserve_caisse");
        String cielBleuConvention = alex.get("/api/partenaire/conventions").body().get(0).path("id").asText();
        refused(carsat.post("/api/caisse/habitat/commandes", orderForm(cielBleuConvention, "AUTRE", "1 45 03 62 041 066")),
                422, "commande.convention_non_ergotherapeute");
        assertThat(row(order).path("attestation").path("etat").asText()).isEqualTo("AUCUNE");
    }

    /** Ergo Artois, another ergothérapeute of CARSAT Nord-Picardie, administered by Paul62; answers the login. */
    private String otherErgotherapeute() {
        Portal portal = server.portal();
        PartnerId partner = PartnerId.random();
        UserId paul = UserId.random();
        PartnerFixtures.store(portal, Partner.register(partner, PartnerName.of("Ergo Artois"), Optional.empty(),
                PhoneNumber.of("0321000099"), PostalAddress.builder().numero("5").typeEtLibelleVoie("rue Gambetta")
                        .codePostal("62000").commune("Arras").build(),
                new PartnerUser(paul, Login.of("Paul62"), LastName.of("LEROUX"), FirstName.of("Paul"), Optional.empty(),
                        EmailAddress.of("paul.leroux@ergo-artois.example"), true)));
        var caisse = portal.infra().referenceData().caisse(DemoData.CARSAT_NP).orElseThrow();
        portal.infra().conventions().add(new Convention.Validee(new ConventionId(UUID.randomUUID()), partner.value(),
                new ConventionTerms(caisse, ConventionCode.of("757303"), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE),
                clock.instant(), clock.instant(), Optional.empty()));
        portal.infra().accounts().setPassword(paul, portal.infra().hasher().hash(PASSWORD), Optional.empty(), false);
        return "Paul62";
    }
}
