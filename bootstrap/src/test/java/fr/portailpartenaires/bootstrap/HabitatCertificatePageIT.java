package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The date of visit as the certificate's page reads it, over plain HTTP: {@code JJ/MM/AAAA} strictly (the use case
 * takes a date, the page reads what people type). A date written otherwise ({@code 2026-11-20}) or lacking in the
 * calendar ({@code 31/02/2026}) is the form's French error, on saving as on transmitting, and changes nothing: no
 * certificate is created, a draft keeps what it had.
 */
class HabitatCertificatePageIT {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    /** Each badly typed date with what the page says of it (checked without its apostrophe, escaped in HTML). */
    private static final Map<String, String> BAD_DATES = Map.of(
            "31/02/2026", "La date de visite 31/02/2026 n",
            "2026-11-20", "La date de visite doit être saisie sous la forme JJ/MM/AAAA.",
            "20/11/26", "La date de visite doit être saisie sous la forme JJ/MM/AAAA.");

    @RegisterExtension
    static final PortalExtension server = PortalExtension.onH2().clockAt(T0).build();

    private static PortalClient lea;

    @BeforeAll
    static void logInAsLea() {
        lea = new PortalClient(server.url());
        assertThat(lea.login(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password()).status())
                .isEqualTo(200);
    }

    @Test
    void a_badly_typed_date_of_visit_creates_no_certificate() {
        String order = orderAllowing("CREER");
        for (var bad : BAD_DATES.entrySet()) {
            for (String action : new String[] {"sauvegarder", "transmettre"}) {
                var refused = send(order, bad.getKey(), action);
                assertThat(refused.status()).as(bad.getKey() + " " + action).isEqualTo(422);
                assertThat(refused.raw()).as(bad.getKey() + " " + action).contains("govuk-error-summary",
                        bad.getValue());
            }
        }
        assertThat(certificate(order).path("etat").asText()).isEqualTo("AUCUNE");
    }

    @Test
    void a_badly_typed_date_of_visit_leaves_the_draft_as_it_was() {
        String order = orderAllowing("MODIFIER");
        JsonNode before = certificate(order);
        for (var bad : BAD_DATES.entrySet()) {
            for (String action : new String[] {"sauvegarder", "transmettre"}) {
                var refused = send(order, bad.getKey(), action);
                assertThat(refused.status()).as(bad.getKey() + " " + action).isEqualTo(422);
                assertThat(refused.raw()).as(bad.getKey() + " " + action).contains(bad.getValue());
            }
        }
        assertThat(certificate(order)).isEqualTo(before);
    }

    private static PortalClient.Answer send(String order, String date, String action) {
        return lea.submit("/services/habitat/commandes/" + order + "/attestation", Map.of("dateVisite", date,
                "observations", "Changée par une saisie refusée.", "travaux", "WC", "action", action));
    }

    private static JsonNode certificate(String order) {
        return lea.get("/api/habitat/commandes/" + order).body().path("attestation");
    }

    /** A file of Lea62's whose actions include {@code action} ({@code CREER}: no certificate yet; a draft's). */
    private static String orderAllowing(String action) {
        for (JsonNode row : lea.get("/api/habitat/commandes").body().path("commandes")) {
            for (JsonNode allowed : row.path("actions")) {
                if (allowed.asText().equals(action)) {
                    return row.path("id").asText();
                }
            }
        }
        throw new AssertionError("no file of the demonstration allows " + action);
    }
}
