package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Where the service pages' tests start, set up as the caisse and Lea62 would over the JSON API on a portal whose
 * clock starts at {@link #T0} (H2, demo data, background jobs off): CARSAT Nord-Picardie signs two more numbers with
 * Ergothérapie des Flandres, Lea requests both and the caisse validates one (757311) — so she has two effective
 * conventions (757310 first, requested before) and a pending one (757312); the demo's two certificates Lea transmitted at T0 are invoiced the next
 * Monday on 757310 and paid that day (« VIR-2025-0317 »); two days later the slip is visible and Lea has downloaded it
 * {@value #DOWNLOAD_ROUNDS} times in each format through the API, ten seconds apart, which wrote as many entries in
 * the exchange history. The clock is then {@link #VISIBLE}.
 *
 * @param convention  Lea's demo convention 757310, which holds the slip
 * @param second      her validated convention 757311, without slips
 * @param pending     her convention 757312, not validated
 * @param slip        the id of the slip of 757310
 * @param alexConvention the convention of another partner (Association Ciel Bleu, 757300)
 */
record PaidSlips(String convention, String second, String pending, String slip, String alexConvention) {

    /** Wednesday 12 March 2025, 10:00 in Paris: the demo's transmissions. */
    static final Instant T0 = Instant.parse("2025-03-12T09:00:00Z");
    /** Monday 17 March 2025, 00:00 in Paris: the weekly invoicing. */
    static final Instant NEXT_MONDAY = Instant.parse("2025-03-16T23:00:00Z");
    /** Wednesday 19 March 2025, 10:00 in Paris: the slip paid on Monday is visible (since 00:00). */
    static final Instant VISIBLE = Instant.parse("2025-03-19T09:00:00Z");
    static final String REFERENCE = "VIR-2025-0317";
    static final int DOWNLOAD_ROUNDS = 7;
    static final String SELECTOR_LABEL_757310 = "CARSAT Nord-Picardie – convention 757310";
    static final String SELECTOR_LABEL_757311 = "CARSAT Nord-Picardie – convention 757311";

    static PaidSlips setUp(PortalExtension server) {
        PortalClient carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        PortalClient lea = server.loggedIn(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password());
        PortalClient alex = server.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
        String convention = lea.get("/api/partenaire/conventions").body().get(0).path("id").asText();
        String alexConvention = alex.get("/api/partenaire/conventions").body().get(0).path("id").asText();
        server.clock().advance(Duration.ofMinutes(1));
        String second = requested(carsat, lea, "757311");
        String pending = requested(carsat, lea, "757312");
        var validated = carsat.post("/api/caisse/conventions/" + second + "/validation", "");
        assertThat(validated.status()).as(validated.raw()).isEqualTo(200);

        server.clock().advance(Duration.between(server.clock().instant(), NEXT_MONDAY));
        server.portal().generateDueInvoices();
        carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        JsonNode invoice = StreamSupport.stream(carsat.get("/api/caisse/factures").body().spliterator(), false)
                .filter(found -> "757310".equals(found.path("codeConvention").asText())).findFirst().orElseThrow();
        assertThat(invoice.path("nombreLignes").asInt()).as("the demo's two transmissions of T0").isEqualTo(2);
        var paid = carsat.post("/api/caisse/factures/" + invoice.path("id").asText() + "/paiement",
                Map.of("datePaiement", "2025-03-17", "reference", REFERENCE, "montant", "160,00"));
        assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
        String slip = paid.text("id");

        server.clock().advance(Duration.between(server.clock().instant(), VISIBLE));
        lea = server.loggedIn(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password());
        for (int round = 0; round < DOWNLOAD_ROUNDS; round++) {
            for (String format : new String[] {"pdf", "xml", "csv"}) {
                assertThat(lea.download("/api/bordereaux/" + slip + "/" + format).status()).isEqualTo(200);
                server.clock().advance(Duration.ofSeconds(10));
            }
        }
        return new PaidSlips(convention, second, pending, slip, alexConvention);
    }

    /** The caisse signs the number; Lea, her partner's administrator, requests the convention. */
    private static String requested(PortalClient carsat, PortalClient lea, String code) {
        var signed = carsat.post("/api/caisse/numeros-convention", Map.of("code", code, "typePartenaire",
                "PRESTATAIRE_ERGOTHERAPEUTE", "raisonSociale", "Ergothérapie des Flandres", "dateDebut", "2025-01-01"));
        assertThat(signed.status()).as(signed.raw()).isEqualTo(201);
        var requested = lea.post("/api/partenaire/conventions", Map.of("regime", "CNAV", "caisse",
                DemoData.CARSAT_NP.value(), "codeConvention", code, "typePartenaire", "PRESTATAIRE_ERGOTHERAPEUTE"));
        assertThat(requested.status()).as(requested.raw()).isEqualTo(201);
        return requested.text("id");
    }
}
