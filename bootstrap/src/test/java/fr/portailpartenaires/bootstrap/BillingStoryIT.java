package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.portailpartenaires.application.testing.MutableClock;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.shared.Nir;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Billing over real HTTP against the running service (embedded H2 file database, demo data, the real db-scheduler
 * jobs) with a clock the test moves: visit certificates transmitted (through billing's entry point, standing in
 * for the Habitat transmission) → the global invoice at the right moment under both rules → the caisse records a
 * payment → the payment slip is hidden before 48 hours, visible after, in three formats that agree → the exchange
 * history shows the downloads → six months later the entries are gone. Metrics show the jobs.
 */
class BillingStoryIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().clockAt(T0)
            .setting("PORTAIL_METRICS_TOKEN", TOKEN)
            .customize(builder -> builder.billingJobsInterval(Duration.ofMillis(200)))
            .build();

    /** Wednesday 12 March 2025, 10:00 in Paris. */
    private static final Instant T0 = Instant.parse("2025-03-12T09:00:00Z");
    /** Monday 17 March 2025, 00:00 in Paris: the next weekly invoicing. */
    private static final Instant NEXT_MONDAY = Instant.parse("2025-03-16T23:00:00Z");
    private static final String TOKEN = "metrics-token-0123456789abcdef0123456789";
    private static final Nir NIR = Nir.of("184127645108946");

    private final MutableClock clock = server.clock();
    private PortalClient alex;
    private PortalClient carsat;
    private ConventionId convention;

    @BeforeEach
    void twoLoggedInAndTheDemoConvention() {
        alex = server.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
        carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        PartnerId cielBleu = new PartnerId(UUID.fromString(alex.get("/api/partenaire").text("id")));
        convention = server.portal().infra().conventions().of(cielBleu).all().getFirst().id();
    }

    @Test
    void from_transmissions_to_invoices_payment_slips_in_three_formats_and_the_exchange_history() throws Exception {
        // the demo's three lines, transmitted nine days before, are invoiced by the weekly rule as soon as it runs
        List<JsonNode> invoices = awaitInvoices(1);
        assertThat(invoices.getFirst().path("numero").asText()).isEqualTo("FG-757300-0001");

        // weekly rule: three transmissions on Wednesday wait for Monday 00:00 (Paris)
        IntStream.rangeClosed(1, 3).forEach(i -> transmit("AV-HEBDO-" + i));
        moveTo(NEXT_MONDAY.minusSeconds(60));
        assertThat(afterTwoInvoicingRuns()).hasSize(1);
        moveTo(NEXT_MONDAY);
        JsonNode weekly = awaitInvoices(2).getFirst();
        assertThat(weekly.path("numero").asText()).isEqualTo("FG-757300-0002");
        assertThat(weekly.path("nombreLignes").asInt()).isEqualTo(3);
        assertThat(weekly.path("montant").asText()).isEqualTo("240.00");
        assertThat(weekly.path("motif").asText()).isEqualTo("Facturation hebdomadaire");
        // the demo's two certificates Lea62 transmitted through the Habitat use cases are invoiced the same Monday
        assertThat(allInvoices()).filteredOn(invoice -> "757310".equals(invoice.path("codeConvention").asText()))
                .singleElement().satisfies(lea -> {
                    assertThat(lea.path("numero").asText()).isEqualTo("FG-757310-0001");
                    assertThat(lea.path("nombreLignes").asInt()).isEqualTo(2);
                });

        // threshold rule: fifty transmissions are invoiced 48 hours after the fiftieth
        IntStream.rangeClosed(1, 50).forEach(i -> transmit("AV-SEUIL-" + i));
        moveTo(NEXT_MONDAY.plus(Duration.ofHours(48)).minusSeconds(60));
        assertThat(afterTwoInvoicingRuns()).hasSize(2);
        moveTo(NEXT_MONDAY.plus(Duration.ofHours(48)));
        JsonNode threshold = awaitInvoices(3).getFirst();
        assertThat(threshold.path("nombreLignes").asInt()).isEqualTo(50);
        assertThat(threshold.path("motif").asText()).isEqualTo("48 heures après transmission, 50 lignes ou plus");

        // the caisse pays the weekly invoice on Wednesday 19 March
        var paid = carsat.post("/api/caisse/factures/" + weekly.path("id").asText() + "/paiement",
                Map.of("datePaiement", "2025-03-19", "reference", "VIR-2025-0042", "montant", "240,00"));
        assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
        String slip = paid.text("id");
        assertThat(carsat.post("/api/caisse/factures/" + weekly.path("id").asText() + "/paiement",
                Map.of("datePaiement", "2025-03-19", "reference", "VIR-2025-0043", "montant", "240,00")).status())
                .isEqualTo(409);

        // hidden from the partner until 48 hours after the payment date (Friday 21 March, 00:00 Paris)
        Instant visible = Instant.parse("2025-03-20T23:00:00Z");
        moveTo(visible.minusSeconds(1));
        assertThat(alex.get("/api/bordereaux").body()).isEmpty();
        assertThat(alex.download("/api/bordereaux/" + slip + "/pdf").status()).isEqualTo(404);
        moveTo(visible);
        var slips = alex.get("/api/bordereaux");
        assertThat(slips.body()).hasSize(1);
        assertThat(slips.body().get(0).path("codeConvention").asText()).isEqualTo("757300");
        assertThat(slips.body().get(0).path("datePaiement").asText()).isEqualTo("2025-03-19");
        assertThat(slips.body().get(0).path("reference").asText()).isEqualTo("VIR-2025-0042");

        // three formats, the same data
        var pdf = alex.download("/api/bordereaux/" + slip + "/pdf");
        clock.advance(Duration.ofMinutes(1));
        var xml = alex.download("/api/bordereaux/" + slip + "/xml");
        clock.advance(Duration.ofMinutes(1));
        var csv = alex.download("/api/bordereaux/" + slip + "/csv");
        assertThat(List.of(pdf.status(), xml.status(), csv.status())).containsOnly(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(csv.headers().firstValue("Cache-Control")).hasValue("no-store");
        SlipFiles.Slip fromPdf = SlipFiles.pdf(pdf.body());
        assertThat(SlipFiles.xml(xml.body())).isEqualTo(fromPdf);
        assertThat(SlipFiles.csv(csv.body())).isEqualTo(fromPdf);
        assertThat(fromPdf.codeConvention()).isEqualTo("757300");
        assertThat(fromPdf.datePaiement()).isEqualTo("19/03/2025");
        assertThat(fromPdf.numeroFacture()).isEqualTo("FG-757300-0002");
        assertThat(fromPdf.total()).isEqualTo(24000);
        assertThat(fromPdf.lines()).extracting(SlipFiles.Line::attestation)
                .containsExactlyInAnyOrder("AV-HEBDO-1", "AV-HEBDO-2", "AV-HEBDO-3");
        assertThat(fromPdf.lines()).extracting(SlipFiles.Line::nir).containsOnly(NIR.value());

        // the exchange history shows the three downloads; the period is mandatory
        assertThat(alex.get("/api/historique-echanges").status()).isEqualTo(400);
        var history = alex.get("/api/historique-echanges?du=2025-03-01&au=2025-03-31");
        assertThat(history.status()).as(history.raw()).isEqualTo(200);
        assertThat(commentaires(history.body())).containsExactly(
                "Récupération du bordereau de paiement VIR-2025-0042 du 19/03/2025 (facture FG-757300-0002), format CSV",
                "Récupération du bordereau de paiement VIR-2025-0042 du 19/03/2025 (facture FG-757300-0002), format XML",
                "Récupération du bordereau de paiement VIR-2025-0042 du 19/03/2025 (facture FG-757300-0002), format PDF");
        assertThat(commentaires(alex.get("/api/historique-echanges?du=2025-03-01&au=2025-03-31&tri=asc"
                + "&interface=BORDEREAU_PAIEMENT&commentaire=format%20pdf").body())).hasSize(1);
        assertThat(commentaires(carsat.get("/api/historique-echanges?du=2025-03-01&au=2025-03-31").body()))
                .as("Ciel Bleu's three downloads, and the two transmissions of the demo's Lea62")
                .hasSize(5).filteredOn(text -> text.startsWith("Transmission de l'attestation de visite")).hasSize(2);

        // the metrics show the jobs, only to the scraper holding the token
        String metrics = scrape(TOKEN);
        assertThat(metrics).contains("portail_jobs_runs_total{task=\"invoicing\"}", "portail_mail_outbox_pending",
                "portail_mails_sent_total");
        assertThat(metrics).doesNotContain(NIR.value());
        assertThat(scrapeStatus("wrong")).isEqualTo(401);

        // six months later, the entries are gone
        moveTo(Instant.parse("2025-09-22T08:00:00Z"));
        double runs = server.portal().metrics().runs(BackgroundJobs.EXCHANGE_PURGE_TASK);
        await(() -> server.portal().metrics().runs(BackgroundJobs.EXCHANGE_PURGE_TASK) >= runs + 2);
        assertThat(alex.get("/api/historique-echanges?du=2025-03-01&au=2025-03-31").body().path("entrees")).isEmpty();
    }

    private void transmit(String certificate) {
        server.portal().billing().openInvoiceLine().open(convention, certificate, "DUPONT Jeanne", NIR, clock.instant());
    }

    /** Moves the clock; the sessions, idle for that long, are logged in again. */
    private void moveTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
        alex = server.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
        carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
    }

    /** Ciel Bleu's invoices (757300), newest first. */
    private List<JsonNode> invoices() {
        return allInvoices().stream().filter(invoice -> "757300".equals(invoice.path("codeConvention").asText())).toList();
    }

    /** Every invoice of the caisse, newest first. */
    private List<JsonNode> allInvoices() {
        var answer = carsat.get("/api/caisse/factures");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return StreamSupport.stream(answer.body().spliterator(), false).toList();
    }

    private List<JsonNode> awaitInvoices(int count) {
        await(() -> invoices().size() >= count);
        List<JsonNode> invoices = invoices();
        assertThat(invoices).hasSize(count);
        return invoices;
    }

    /** The invoices once the invoicing job has run twice more at the clock's current time. */
    private List<JsonNode> afterTwoInvoicingRuns() {
        double runs = server.portal().metrics().runs(BackgroundJobs.INVOICING_TASK);
        await(() -> server.portal().metrics().runs(BackgroundJobs.INVOICING_TASK) >= runs + 2);
        return invoices();
    }

    private static List<String> commentaires(JsonNode page) {
        return StreamSupport.stream(page.path("entrees").spliterator(), false)
                .map(entry -> entry.path("commentaire").asText()).toList();
    }

    private String scrape(String token) throws Exception {
        HttpResponse<String> response = metricsRequest(token);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private int scrapeStatus(String token) throws Exception {
        return metricsRequest(token).statusCode();
    }

    private HttpResponse<String> metricsRequest(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "metrics"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
