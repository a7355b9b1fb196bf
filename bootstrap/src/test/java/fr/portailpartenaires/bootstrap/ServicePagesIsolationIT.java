package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service pages (Bordereaux de paiements, Historique des échanges, the convention selector) over plain HTTP, with
 * what a person can write into an address or a hidden field: another partner's slip, another convention's slip, another
 * partner's convention in the selector or in the history's filter, a page to come back to on another site, no token,
 * no session. Nothing is shown or changed that the pages would not offer; the use cases' answers become the 403, 404
 * and 422 pages.
 */
class ServicePagesIsolationIT {

    @RegisterExtension
    static final PortalExtension server = PortalExtension.onH2().clockAt(PaidSlips.T0)
            .customize(builder -> builder.backgroundJobs(false)).build();

    private static PaidSlips data;

    @BeforeAll
    static void aPaidSlipAndTwoConventions() {
        data = PaidSlips.setUp(server);
    }

    private static String slipFile(String format) {
        return "/services/bordereaux/" + data.slip() + "/" + format;
    }

    private static void assertPage(HttpResponse<?> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
    }

    /** The convention the session works on, as the JSON API tells it. */
    private static String selected(PageClient client) {
        return client.api("/api/session/convention").body().path("selection").path("id").asText();
    }

    @Nested
    class Les_services {

        private static final String[] LINKS = {"href=\"/services/bordereaux\"", "href=\"/services/historique-echanges\""};

        @Test
        void link_the_pages_for_a_partner_with_an_effective_convention_only() {
            assertThat(PageClient.loggedIn(server, DemoData.ERGOTHERAPEUTE).get("/services").body()).contains(LINKS);
            assertThat(PageClient.loggedIn(server, DemoData.PARTNER_ADMIN).get("/services").body()).contains(LINKS);
            assertThat(PageClient.loggedIn(server, DemoData.CAISSE_ADMIN).get("/services").body()).doesNotContain(LINKS);
            assertThat(new PageClient(server.url()).get("/services").body()).doesNotContain(LINKS);
        }

        @Test
        void a_partner_without_a_validated_convention_is_not_shown_them_and_told_why_on_the_page() {
            var camille = PartnerFixtures.user("Attente62", "ATTENTE", true);
            PartnerFixtures.store(server.portal(), "Structure en attente", camille);
            PartnerFixtures.password(server.portal(), camille, "Attente2025");
            PageClient waiting = PageClient.loggedIn(server,
                    new DemoData.DemoAccount("Attente62", "Attente2025", "une structure sans convention"));
            assertThat(waiting.get("/services").body()).doesNotContain(LINKS);
            HttpResponse<String> slips = waiting.get("/services/bordereaux");
            assertThat(slips.statusCode()).isEqualTo(200);
            assertThat(slips.body()).contains("aucune convention validée").doesNotContain("name=\"convention\"");
        }
    }

    @Nested
    class Bordereaux {

        @Test
        void the_owner_downloads_the_slip_from_the_pages_address_with_the_session_cookie() {
            PageClient lea = PageClient.loggedIn(server, DemoData.ERGOTHERAPEUTE);
            HttpResponse<String> list = lea.get("/services/bordereaux");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains(PaidSlips.REFERENCE, "href=\"" + slipFile("pdf") + "\"");
            HttpResponse<byte[]> pdf = lea.download(slipFile("pdf"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
        }

        @Test
        void another_partners_user_gets_the_404_page_for_each_format_and_sees_no_slip_in_the_list() {
            PageClient alex = PageClient.loggedIn(server, DemoData.PARTNER_ADMIN);
            for (String format : new String[] {"pdf", "xml", "csv", "PDF"}) {
                HttpResponse<String> answer = alex.get(slipFile(format));
                assertPage(answer, 404);
                assertThat(answer.body()).contains("Ce bordereau de paiement est introuvable.")
                        .doesNotContain(PaidSlips.REFERENCE);
            }
            HttpResponse<String> list = alex.get("/services/bordereaux");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).doesNotContain(PaidSlips.REFERENCE, data.slip())
                    .contains("Aucun bordereau de paiement n'est disponible pour cette convention.");
        }

        @Test
        void the_slip_of_the_convention_not_selected_is_not_found_until_it_is_selected_again() {
            PageClient lea = PageClient.loggedIn(server, DemoData.ERGOTHERAPEUTE);
            HttpResponse<String> selected = lea.post("/services/convention",
                    Map.of("convention", data.second(), "retour", "/services/bordereaux"));
            assertThat(selected.statusCode()).isEqualTo(303);
            assertThat(selected.headers().firstValue("Location")).hasValue("/services/bordereaux");
            assertPage(lea.get(slipFile("pdf")), 404);
            assertThat(lea.get("/services/bordereaux").body()).doesNotContain(PaidSlips.REFERENCE);

            lea.post("/services/convention", Map.of("convention", data.convention(), "retour", "/services/bordereaux"));
            assertThat(lea.download(slipFile("csv")).statusCode()).isEqualTo(200);
        }

        @Test
        void an_address_naming_no_slip_or_no_format_is_the_404_page() {
            PageClient lea = PageClient.loggedIn(server, DemoData.ERGOTHERAPEUTE);
            assertPage(lea.get("/services/bordereaux/pas-un-identifiant/pdf"), 404);
            assertPage(lea.get("/services/bordereaux/" + java.util.UUID.randomUUID() + "/pdf"), 404);
            assertPage(lea.get("/services/bordereaux/" + data.slip() + "/doc"), 404);
        }

        @Test
        void a_caisse_administrator_is_refused_and_nobody_without_a_session_gets_a_file() {
            PageClient carsat = PageClient.loggedIn(server, DemoData.CAISSE_ADMIN);
            assertPage(carsat.get("/services/bordereaux"), 403);
            assertPage(carsat.get(slipFile("pdf")), 403);
            PageClient anonymous = new PageClient(server.url());
            for (String path : new String[] {"/services/bordereaux", slipFile("pdf"), "/services/historique-echanges"}) {
                HttpResponse<String> answer = anonymous.get(path);
                assertThat(answer.statusCode()).as(path).isEqualTo(303);
                assertThat(answer.headers().firstValue("Location")).hasValue("/connexion");
            }
        }
    }

    @Nested
    class Convention_selector {

        @Test
        void another_partners_convention_is_refused_and_the_selection_stays() {
            PageClient lea = PageClient.loggedIn(server, DemoData.ERGOTHERAPEUTE);
            String before = selected(lea);
            HttpResponse<String> answer = lea.post("/services/convention",
                    Map.of("convention", data.alexConvention(), "retour", "/services/bordereaux"));
            assertPage(answer, 404);
            assertThat(answer.body()).contains("Cette convention est introuvable.");
            assertThat(selected(lea)).isEqualTo(before).isEqualTo(data.convention());
            assertThat(lea.get("/services/bordereaux").body()).contains(PaidSlips.REFERENCE);
        }

        @Test
        void a_pending_convention_or_a_word_that_is_no_id_is_refused_and_nothing_changes() {
            PageClient lea = PageClient.loggedIn(server, DemoData.ERGOTHERAPEUTE);
            HttpResponse<String> pending = lea.post("/services/convention",
                    Map.of("convention", data.pending(), "retour", "/services/bordereaux"));
            assertPage(pending, 422);
            assertThat(pending.body()).contains("Seule une convention validée et non clôturée peut être sélectionnée.");
            assertPage(lea.post("/services/convention", Map.of("convention", "757311", "retour", "/services/bordereaux")),
                    404);
            assertPage(lea.post("/services/convention", Map.of("retour", "/services/bordereaux")), 404);
            assertThat(selected(lea)).isEqualTo(data.convention());
        }

        @Test
        void without_the_forms_token_nothing_is_selected() {
            PageClient lea = PageClient.loggedIn(server, DemoData.ERGOTHERAPEUTE);
            assertPage(lea.postRaw("/services/convention", Map.of("convention", data.second())), 403);
            assertPage(lea.postRaw("/services/convention", Map.of("csrf", "faux", "convention", data.second())), 403);
            assertThat(selected(lea)).isEqualTo(data.convention());
            PageClient anonymous = new PageClient(server.url());
            assertThat(anonymous.postRaw("/services/convention", Map.of("convention", data.second())).statusCode())
                    .isEqualTo(403);
        }

        @Test
        void the_page_to_come_back_to_is_always_one_of_the_services_of_this_site() {
            PageClient lea = PageClient.loggedIn(server, DemoData.ERGOTHERAPEUTE);
            Map<String, String> expected = Map.of(
                    "https://ailleurs.example/services/bordereaux", "/services",
                    "//ailleurs.example/services/bordereaux", "/services",
                    "/\\ailleurs.example", "/services",
                    "/compte/mot-de-passe", "/services",
                    "/services/../compte/mot-de-passe", "/services",
                    "/services/historique-echanges?du=01/03/2025&au=31/03/2025",
                    "/services/historique-echanges?du=01/03/2025&au=31/03/2025");
            expected.forEach((retour, location) -> {
                HttpResponse<String> answer = lea.post("/services/convention",
                        Map.of("convention", data.second(), "retour", retour));
                assertThat(answer.statusCode()).as(retour).isEqualTo(303);
                assertThat(answer.headers().firstValue("Location")).as(retour).hasValue(location);
            });
        }
    }

    @Nested
    class Historique {

        private static final String MARCH = "/services/historique-echanges?du=01/03/2025&au=31/03/2025";

        @Test
        void another_partners_convention_in_the_address_finds_nothing_of_theirs() {
            PageClient alex = PageClient.loggedIn(server, DemoData.PARTNER_ADMIN);
            for (String address : new String[] {MARCH, MARCH + "&convention=" + data.convention(),
                    MARCH + "&interface=BORDEREAU_PAIEMENT&commentaire=" + PaidSlips.REFERENCE}) {
                HttpResponse<String> answer = alex.get(address);
                assertThat(answer.statusCode()).as(address).isEqualTo(200);
                assertThat(answer.body()).as(address).doesNotContain("Récupération du bordereau")
                        .contains("Aucun résultat correspondant au(x) critère(s) de recherche.");
            }
        }

        @Test
        void the_owner_finds_the_downloads_and_a_forged_page_cursor_or_sort_is_an_error_of_the_form() {
            PageClient lea = PageClient.loggedIn(server, DemoData.ERGOTHERAPEUTE);
            assertThat(lea.get(MARCH + "&convention=" + data.convention()).body())
                    .contains("Récupération du bordereau de paiement " + PaidSlips.REFERENCE);
            HttpResponse<String> forged = lea.get(MARCH + "&apres=n-importe-quoi&tri=de-travers");
            assertPage(forged, 422);
            assertThat(forged.body()).contains("est plus valable : relancez la recherche.", "Le tri vaut asc ou desc.");
        }
    }
}
