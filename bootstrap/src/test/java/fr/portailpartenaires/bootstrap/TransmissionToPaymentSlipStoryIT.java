package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.portailpartenaires.application.testing.MutableClock;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8's "done when" with REAL transmissions, over HTTP against the running service (H2 file database, demo
 * data) with a clock the test moves: CARSAT Nord-Picardie orders interventions from the demo ergothérapeute Lea62,
 * who writes and transmits the visit certificates; each transmission opens an invoice line. Three transmissions
 * on a Wednesday wait for the weekly invoicing; fifty are invoiced 48 hours after the fiftieth, not before. The
 * caisse pays the weekly invoice line by line (retiree, certificate = order id); Lea's payment slip is hidden until
 * 48 hours after the payment date, then downloads as PDF, XML and CSV carrying the same data. The exchange history
 * shows the transmissions to the caisse and only the payment-slip downloads to Lea, never a NIR; six months and a
 * day later the purge has removed them. The jobs are run through the portal's methods, at the moved clock.
 */
class TransmissionToPaymentSlipStoryIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().clockAt(T0)
            .customize(builder -> builder.backgroundJobs(false))
            .build();

    /** Wednesday 12 March 2025, 10:00 in Paris. */
    private static final Instant T0 = Instant.parse("2025-03-12T09:00:00Z");
    /** Monday 17 March 2025, 00:00 in Paris: the next weekly invoicing. */
    private static final Instant NEXT_MONDAY = Instant.parse("2025-03-16T23:00:00Z");
    private static final String CODE = "757310";
    /** The demo's certificates Lea62 transmitted when the portal was loaded (T0): beneficiary → NIR. */
    private static final Map<String, String> DEMO_TRANSMISSIONS = Map.of("ROUSSEL Cécile", "2390159599033",
            "FOURNIER Josiane", "2400862765051");
    private static final String PERIOD = "du=2025-03-01&au=2025-03-31";

    private final MutableClock clock = server.clock();
    private PortalClient lea;
    private PortalClient carsat;
    private String convention;

    /** An order of the story: its id (the certificate reference) and the retiree it is for. */
    private record Order(String id, String beneficiaire, Nir nir) {
    }

    @BeforeEach
    void leaAndTheCaisseLoggedIn() {
        logInAgain();
        convention = lea.get("/api/partenaire/conventions").body().get(0).path("id").asText();
    }

    @Test
    void from_real_transmissions_to_invoices_payment_slips_and_the_exchange_history() throws Exception {
        // the caisse orders 53 interventions from Lea
        List<Order> weekly = new ArrayList<>();
        List<Order> threshold = new ArrayList<>();
        for (int i = 1; i <= 53; i++) {
            (i <= 3 ? weekly : threshold).add(order(i));
        }

        // weekly rule: three transmissions on Wednesday wait for Monday 00:00 (Paris)
        weekly.forEach(order -> transmit(order, "2025-03-12"));
        assertThat(lea.download("/api/habitat/commandes/" + weekly.getFirst().id() + "/documents/av").status())
                .isEqualTo(200);
        assertThat(afterInvoicingRun()).isEmpty();
        moveTo(NEXT_MONDAY.minusSeconds(60));
        assertThat(afterInvoicingRun()).isEmpty();
        moveTo(NEXT_MONDAY);
        List<JsonNode> invoices = afterInvoicingRun();
        assertThat(invoices).hasSize(1);
        JsonNode weeklyInvoice = invoices.getFirst();
        assertThat(weeklyInvoice.path("numero").asText()).isEqualTo("FG-757310-0001");
        // with the demo's two transmissions of that Wednesday (Lea62's ROUSSEL and FOURNIER files)
        assertThat(weeklyInvoice.path("nombreLignes").asInt()).isEqualTo(5);
        assertThat(weeklyInvoice.path("montant").asText()).isEqualTo("400.00");
        assertThat(weeklyInvoice.path("motif").asText()).isEqualTo("Facturation hebdomadaire");
        var detail = carsat.get("/api/caisse/factures/" + weeklyInvoice.path("id").asText());
        assertThat(detail.status()).as(detail.raw()).isEqualTo(200);
        List<String> weeklyIds = weekly.stream().map(Order::id).toList();
        List<Order> invoiced = new ArrayList<>(weekly);
        for (JsonNode line : detail.body().path("lignes")) {
            String beneficiaire = line.path("beneficiaire").asText();
            if (!weeklyIds.contains(line.path("certificat").asText())) {
                assertThat(DEMO_TRANSMISSIONS).containsKey(beneficiaire);
                invoiced.add(new Order(line.path("certificat").asText(), beneficiaire,
                        Nir.of(DEMO_TRANSMISSIONS.get(beneficiaire))));
            }
        }
        assertThat(detail.body().path("lignes")).extracting(line -> line.path("beneficiaire").asText())
                .containsExactlyInAnyOrderElementsOf(invoiced.stream().map(Order::beneficiaire).toList());
        assertThat(detail.body().path("lignes")).extracting(line -> Instant.parse(line.path("transmiseLe").asText()))
                .allSatisfy(at -> assertThat(at).isBetween(T0, T0.plusSeconds(60)));
        assertThat(detail.raw()).doesNotContain(weekly.getFirst().nir().withoutKey());

        // threshold rule: 49 transmissions on Monday morning, the fiftieth at 14:00; invoiced 48 hours after it
        moveTo(NEXT_MONDAY.plus(Duration.ofHours(10)));
        threshold.subList(0, 49).forEach(order -> transmit(order, "2025-03-17"));
        moveTo(NEXT_MONDAY.plus(Duration.ofHours(14)));
        transmit(threshold.getLast(), "2025-03-17");
        Instant fiftieth = clock.instant();
        assertThat(afterInvoicingRun()).hasSize(1);
        // 48 hours after the 49 first, still not: the delay runs from the transmission that reached 50
        moveTo(fiftieth.plus(Duration.ofHours(48)).minusSeconds(60));
        assertThat(afterInvoicingRun()).hasSize(1);
        moveTo(fiftieth.plus(Duration.ofHours(48)));
        invoices = afterInvoicingRun();
        assertThat(invoices).hasSize(2);
        JsonNode thresholdInvoice = invoices.getFirst();
        assertThat(thresholdInvoice.path("numero").asText()).isEqualTo("FG-757310-0002");
        assertThat(thresholdInvoice.path("nombreLignes").asInt()).isEqualTo(50);
        assertThat(thresholdInvoice.path("montant").asText()).isEqualTo("4000.00");
        assertThat(thresholdInvoice.path("motif").asText()).isEqualTo("48 heures après transmission, 50 lignes ou plus");
        assertThat(afterInvoicingRun()).as("a rerun bills nothing twice").hasSize(2);

        // the caisse pays the weekly invoice on Wednesday 19 March, line by line
        List<Map<String, String>> perLine = invoiced.stream()
                .map(order -> Map.of("certificat", order.id(), "montant", "80,00")).toList();
        var paid = carsat.post("/api/caisse/factures/" + weeklyInvoice.path("id").asText() + "/paiement",
                Map.of("datePaiement", "2025-03-19", "reference", "VIR-2025-0310", "montant", "400,00",
                        "lignes", perLine));
        assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
        assertThat(paid.body().path("nombreLignes").asInt()).isEqualTo(5);
        String slip = paid.text("id");

        // hidden from Lea until 48 hours after the payment date (Friday 21 March, 00:00 Paris)
        Instant visible = Instant.parse("2025-03-20T23:00:00Z");
        assertThat(Instant.parse(paid.text("visibleLe"))).isEqualTo(visible);
        moveTo(visible.minusSeconds(1));
        assertThat(lea.get("/api/bordereaux").body()).isEmpty();
        assertThat(lea.download("/api/bordereaux/" + slip + "/pdf").status()).isEqualTo(404);
        moveTo(visible);
        var slips = lea.get("/api/bordereaux");
        assertThat(slips.body()).hasSize(1);
        assertThat(slips.body().get(0).path("codeConvention").asText()).isEqualTo(CODE);

        // three formats, the same data: the retirees, their NIRs, the orders as certificate references
        var pdf = lea.download("/api/bordereaux/" + slip + "/pdf");
        clock.advance(Duration.ofMinutes(1));
        var xml = lea.download("/api/bordereaux/" + slip + "/xml");
        clock.advance(Duration.ofMinutes(1));
        var csv = lea.download("/api/bordereaux/" + slip + "/csv");
        assertThat(List.of(pdf.status(), xml.status(), csv.status())).containsOnly(200);
        SlipFiles.Slip fromPdf = SlipFiles.pdf(pdf.body());
        assertThat(SlipFiles.xml(xml.body())).isEqualTo(fromPdf);
        assertThat(SlipFiles.csv(csv.body())).isEqualTo(fromPdf);
        assertThat(fromPdf.codeConvention()).isEqualTo(CODE);
        assertThat(fromPdf.datePaiement()).isEqualTo("19/03/2025");
        assertThat(fromPdf.reference()).isEqualTo("VIR-2025-0310");
        assertThat(fromPdf.numeroFacture()).isEqualTo("FG-757310-0001");
        assertThat(fromPdf.total()).isEqualTo(40000);
        assertThat(fromPdf.lines()).containsExactlyInAnyOrderElementsOf(invoiced.stream()
                .map(order -> new SlipFiles.Line(order.beneficiaire(), order.nir().value(), order.id(), 8000)).toList());

        // the caisse's history shows the 53 transmissions (and Lea's download of a certificate, and of the slip)
        var caisseHistory = carsat.get("/api/historique-echanges?" + PERIOD + "&convention=" + convention + "&limite=100");
        assertThat(caisseHistory.status()).as(caisseHistory.raw()).isEqualTo(200);
        List<String> transmissions = commentaires(caisseHistory.body()).stream()
                .filter(text -> text.startsWith("Transmission de l'attestation de visite")).toList();
        assertThat(transmissions).as("the story's 53 and the demo's 2 of that Wednesday").hasSize(53 + 2);
        for (Order order : union(weekly, threshold)) {
            assertThat(transmissions).filteredOn(text -> text.endsWith("(référence " + order.id() + ")")).hasSize(1);
        }
        assertThat(commentaires(caisseHistory.body())).hasSize(53 + 2 + 1 + 3);
        // Lea, an ergothérapeute, sees only the payment-slip entries (spec §5.3)
        var leaHistory = lea.get("/api/historique-echanges?" + PERIOD + "&limite=100");
        assertThat(leaHistory.status()).as(leaHistory.raw()).isEqualTo(200);
        assertThat(commentaires(leaHistory.body())).containsExactly(
                "Récupération du bordereau de paiement VIR-2025-0310 du 19/03/2025 (facture FG-757310-0001), format CSV",
                "Récupération du bordereau de paiement VIR-2025-0310 du 19/03/2025 (facture FG-757310-0001), format XML",
                "Récupération du bordereau de paiement VIR-2025-0310 du 19/03/2025 (facture FG-757310-0001), format PDF");
        assertThat(leaHistory.body().path("entrees")).extracting(entry -> entry.path("interfaceApplicative").asText())
                .containsOnly("BORDEREAU_PAIEMENT");
        for (Order order : union(weekly, threshold)) {
            assertThat(caisseHistory.raw()).doesNotContain(order.nir().withoutKey());
            assertThat(leaHistory.raw()).doesNotContain(order.nir().withoutKey());
        }

        // six months and a day after the last entry, the purge has removed them all
        moveTo(visible.plus(Duration.ofDays(184 + 1)));
        assertThat(server.portal().purgeExchangeHistory()).isGreaterThanOrEqualTo(53 + 1 + 3);
        assertThat(carsat.get("/api/historique-echanges?" + PERIOD + "&convention=" + convention).body()
                .path("entrees")).isEmpty();
        assertThat(lea.get("/api/historique-echanges?" + PERIOD).body().path("entrees")).isEmpty();
    }

    private Order order(int i) {
        String nom = i <= 3 ? "HEBDO" : "SEUIL";
        String prenom = "Gérard";
        Nir nir = Nir.of(String.format("1450362041%03d", i));
        Map<String, Object> form = new HashMap<>();
        form.put("convention", convention);
        form.put("nom", nom);
        form.put("prenom", prenom);
        form.put("nir", nir.withoutKey());
        form.put("adresse", Map.of("numero", "3", "typeEtLibelleVoie", "rue de l'Église", "codePostal", "62000",
                "commune", "Arras"));
        form.put("telephone", "03 21 11 22 33");
        form.put("ressources", "C");
        form.put("dateDeCommande", "2025-03-12");
        form.put("prestataireHabitat", Map.of("nom", "Soliha Pas-de-Calais", "coordonnees", "03 21 00 00 01"));
        form.put("evaluation", Map.of("dateEvaluation", "2025-02-20", "gir", 4,
                "logement", "Maison à étage ; salle de bain à l'étage."));
        var created = carsat.post("/api/caisse/habitat/commandes", form);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Order(created.text("id"), nom + " " + prenom, nir);
    }

    /** Lea writes the certificate of the order and transmits it, a few seconds after the previous one. */
    private void transmit(Order order, String visitDate) {
        clock.advance(Duration.ofSeconds(5));
        Map<String, Object> certificate = Map.of("dateVisite", visitDate,
                "observations", "Baignoire très haute ; escalier sans rampe.",
                "travaux", List.of("SALLE_DE_BAIN"), "preconisations", "Douche de plain-pied.");
        var created = lea.post("/api/habitat/commandes/" + order.id() + "/attestation", certificate);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        var transmitted = lea.post("/api/habitat/commandes/" + order.id() + "/attestation/transmission", Map.of());
        assertThat(transmitted.status()).as(transmitted.raw()).isEqualTo(200);
    }

    /** Lea's invoices as the caisse sees them, newest first, once the invoicing job has run at the clock's time. */
    private List<JsonNode> afterInvoicingRun() {
        server.portal().generateDueInvoices();
        var answer = carsat.get("/api/caisse/factures");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return StreamSupport.stream(answer.body().spliterator(), false)
                .filter(invoice -> CODE.equals(invoice.path("codeConvention").asText())).toList();
    }

    /** Moves the clock; the sessions, idle for that long, are logged in again. */
    private void moveTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
        logInAgain();
    }

    private void logInAgain() {
        lea = server.loggedIn(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password());
        carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
    }

    private static List<Order> union(List<Order> first, List<Order> second) {
        List<Order> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> commentaires(JsonNode page) {
        return StreamSupport.stream(page.path("entrees").spliterator(), false)
                .map(entry -> entry.path("commentaire").asText()).toList();
    }
}
