package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.bootstrap.Browser.checkAccessibility;
import static fr.portailpartenaires.bootstrap.Browser.currentInMenu;
import static fr.portailpartenaires.bootstrap.Browser.errorOf;
import static fr.portailpartenaires.bootstrap.Browser.errorSummary;
import static fr.portailpartenaires.bootstrap.Browser.field;
import static fr.portailpartenaires.bootstrap.Browser.follow;
import static fr.portailpartenaires.bootstrap.Browser.heading;
import static fr.portailpartenaires.bootstrap.Browser.open;
import static fr.portailpartenaires.bootstrap.Browser.path;
import static fr.portailpartenaires.bootstrap.Browser.press;
import static fr.portailpartenaires.bootstrap.Browser.scriptRan;
import static fr.portailpartenaires.bootstrap.Browser.text;
import static fr.portailpartenaires.bootstrap.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.web.pages.FrenchDates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Habitat / Ergothérapeute in Chromium, as Lea62 works (PPAS Habitat manual §3): the open files, the Contact on hover
 * and keyboard focus, « Visite à faire », a sort, the NIR search; a certificate created with an error first, saved,
 * modified and transmitted — then every change refused and said so; another file sans suite; a moved clock shows
 * « Relance »; « Dossier clos » with its Aide PDF read with PDFBox; the certificate form by keyboard alone and
 * without JavaScript. axe on every state.
 */
@ExtendWith(Browser.class)
class HabitatBrowserIT {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().clockAt(T0).build();

    private String url(String path) {
        return server.url() + path.substring(1);
    }

    private void logInAsLea() {
        open(url("/connexion"));
        type("Identifiant", DemoData.ERGOTHERAPEUTE.login());
        type("Mot de passe", DemoData.ERGOTHERAPEUTE.password());
        press("Se connecter");
    }

    @Test
    void lea_works_on_her_files_from_the_list_to_the_closed_ones() throws Exception {
        logInAsLea();
        follow("Les services");
        follow("Commandes des interventions");
        assertThat(heading()).isEqualTo("Commandes des interventions");
        assertThat(currentInMenu()).isEqualTo("Les services (true)");
        assertThat(names()).containsExactlyInAnyOrder("DUPONT Jeanne", "LEFEBVRE André", "MOREAU Hélène",
                "PETIT François", "ROUSSEL Cécile");
        checkAccessibility("habitat-commandes");

        // the Contact shows on keyboard focus, as on hover
        WebElement contact = Browser.driver().findElement(By.xpath(
                "//button[.//span[normalize-space(.)='Contact du prestataire habitat de DUPONT Jeanne']]"));
        WebElement tooltip = Browser.driver().findElement(By.id(contact.getAttribute("aria-describedby")));
        assertThat(tooltip.isDisplayed()).isFalse();
        contact.sendKeys("");
        assertThat(tooltip.isDisplayed()).isTrue();
        assertThat(tooltip.getText()).contains("Soliha Pas-de-Calais");
        checkAccessibility("habitat-commandes-contact");

        follow("Visite à faire");
        assertThat(names()).containsExactlyInAnyOrder("DUPONT Jeanne", "LEFEBVRE André", "PETIT François");
        follow("↓ Trier par NIR décroissant");
        assertThat(names()).containsExactly("DUPONT Jeanne", "PETIT François", "LEFEBVRE André");
        checkAccessibility("habitat-visite-a-faire-tri");

        type("NIR", "123");
        press("Rechercher");
        assertThat(errorOf("NIR")).isNotEmpty();
        checkAccessibility("habitat-recherche-erreur");
        type("NIR", "2450362041001");
        press("Rechercher");
        assertThat(names()).containsExactly("DUPONT Jeanne");
        assertThat(Browser.driver().getCurrentUrl()).as("a NIR is never written in an address").doesNotContain("245036");

        // a certificate: an error first, saved, modified, transmitted
        follow("Créer Att. Visite de DUPONT Jeanne");
        assertThat(heading()).isEqualTo("Attestation de visite");
        assertThat(text()).contains("2450362041001", "DUPONT Jeanne");
        checkAccessibility("habitat-attestation-vide");
        type("Date de la visite", "01/01/2020");
        press("Sauvegarder");
        assertThat(errorOf("Date de la visite")).isNotEmpty();
        checkAccessibility("habitat-attestation-erreurs");
        String today = FrenchDates.day(T0);
        type("Date de la visite", today);
        type("Observations (facultatif)", "Baignoire haute.");
        field("Salle de bain / douche").click();
        press("Sauvegarder");
        assertThat(path()).isEqualTo("/services/habitat/commandes");
        assertThat(text()).contains("est sauvegardée");
        follow("Modifier Att. Visite de DUPONT Jeanne");
        assertThat(field("Salle de bain / douche").isSelected()).isTrue();
        type("Préconisations (facultatif)", "Douche de plain-pied.");
        press("Transmettre");
        assertThat(text()).contains("L'attestation de visite de Jeanne DUPONT est transmise à la caisse.");
        WebElement transmitted = Browser.driver().findElement(By.xpath(
                "//tr[th[normalize-space(.)='DUPONT Jeanne']]//button[.//span[normalize-space(.)='Transmise']]"));
        transmitted.sendKeys("");
        assertThat(Browser.driver().findElement(By.id(transmitted.getAttribute("aria-describedby"))).getText())
                .isEqualTo("Transmise à la caisse le " + today);
        assertThat(Browser.driver().findElements(By.xpath("//a[contains(normalize-space(.),'Att. Visite de DUPONT Jeanne')]")))
                .as("nothing left to do on a transmitted certificate").isEmpty();

        // once transmitted, every change is refused and said so in the page
        String dupont = orderId("DUPONT Jeanne");
        open(url("/services/habitat/commandes/" + dupont + "/attestation"));
        assertThat(text()).contains("ne peut plus être modifiée");
        checkAccessibility("habitat-attestation-transmise");
        PortalClient lea = pageClientOfTheBrowser();
        var again = lea.submit("/services/habitat/commandes/" + dupont + "/attestation", Map.of("dateVisite", today,
                "action", "sauvegarder"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.raw()).contains("govuk-error-summary");
        assertThat(lea.submit("/services/habitat/commandes/" + dupont + "/transmission", Map.of()).status()).isEqualTo(422);
        assertThat(lea.submit("/services/habitat/commandes/" + dupont + "/sans-suite", Map.of("motif", "DECES")).status())
                .isEqualTo(422);

        // another file goes sans suite: an error first (no motif, a € in the comment)
        open(url("/services/habitat/commandes"));
        follow("Att. Visite sans suite de LEFEBVRE André");
        press("Transmettre");
        assertThat(errorSummary()).isNotEmpty();
        type("Commentaire (facultatif)", "Coût estimé 3 000 €");
        press("Transmettre");
        assertThat(errorSummary()).isNotEmpty();
        checkAccessibility("habitat-sans-suite-erreurs");
        field("Refus du bénéficiaire").click();
        type("Commentaire (facultatif)", "M. Lefebvre ne souhaite pas de travaux.");
        press("Transmettre");
        assertThat(text()).contains("est transmis sans suite");
        assertThat(names()).doesNotContain("LEFEBVRE André");

        // sixty days later, the files still to visit are flagged « Relance »
        assertThat(relances()).containsExactly("PETIT François");
        server.clock().advance(Duration.ofDays(61));
        open(url("/services/habitat/commandes?filtre=RELANCE"));
        assertThat(heading()).as("61 days without activity end the session").isEqualTo("Votre session a expiré");
        logInAsLea();
        open(url("/services/habitat/commandes?filtre=RELANCE"));
        assertThat(relances()).contains("PETIT François", "MOREAU Hélène");
        checkAccessibility("habitat-relance");

        // the closed files, with the decision's Aide PDF fetched with the browser's session
        follow("Dossier clos");
        assertThat(names()).contains("FOURNIER Josiane", "GARNIER Étienne", "LEFEBVRE André");
        checkAccessibility("habitat-dossiers-clos");
        String aide = Browser.link("Aide de FOURNIER Josiane (PDF)").getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(aide))
                .header("Cookie", "portail_session=" + Browser.driver().manage().getCookieNamed("portail_session")
                        .getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("FOURNIER", "Plafond de financement CNAV", "3");
        }
        press("Déconnexion");
    }

    @Test
    void the_certificate_form_is_filled_and_sent_by_keyboard_alone_then_once_without_javascript() {
        logInAsLea();
        open(url("/services/habitat/commandes?filtre=VISITE_A_FAIRE"));
        follow("Créer Att. Visite de PETIT François");
        WebElement page = Browser.driver().findElement(By.tagName("html"));
        tabTo("dateVisite").sendKeys(FrenchDates.day(T0));
        tabTo("observations").sendKeys("Escalier raide, pas de rampe.");
        tabTo("travaux-MONTE_ESCALIER").sendKeys(Keys.SPACE);
        tabTo("preconisations").sendKeys("Monte-escalier.");
        WebElement send = tabToButton("Transmettre");
        send.sendKeys(Keys.ENTER);
        Browser.waitForNextPage(page);
        assertThat(text()).contains("L'attestation de visite de François PETIT est transmise à la caisse.");

        Browser.javaScript(false);
        open(url("/services/habitat/commandes"));
        follow("Modifier Att. Visite de MOREAU Hélène");
        type("Date de la visite", "31/02/2026");
        press("Transmettre");
        assertThat(errorSummary()).isNotEmpty();
        checkAccessibility("habitat-attestation-sans-javascript-erreurs");
        type("Date de la visite", FrenchDates.day(T0));
        press("Transmettre");
        assertThat(text()).contains("L'attestation de visite de Hélène MOREAU est transmise à la caisse.");
        follow("Dossier clos");
        assertThat(path()).isEqualTo("/services/habitat/commandes");
        follow("↑ Trier par NIR croissant");
        assertThat(names()).isSortedAccordingTo(java.util.Comparator.comparing(name -> nirOf(name)));
        WebElement contact = Browser.driver().findElement(By.cssSelector("button.portail-infobulle__declencheur"));
        contact.sendKeys("");
        assertThat(Browser.driver().findElement(By.id(contact.getAttribute("aria-describedby"))).isDisplayed())
                .as("the Contact shows on focus without a script").isTrue();
        checkAccessibility("habitat-dossiers-clos-sans-javascript");
        assertThat(scriptRan()).isFalse();
    }

    /**
     * The list once with JavaScript off, over two pages: 18 more orders from the caisse (the JSON API, its screens
     * come with part 3), dated 1 to 18 November, make 23 open files, 21 of them « Visite à faire ».
     */
    @Test
    void the_list_is_walked_without_javascript_filters_sort_pages_contact_and_an_action() {
        PortalClient carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        PortalClient leaApi = server.loggedIn(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password());
        String convention = leaApi.get("/api/partenaire/conventions").body().get(0).path("id").asText();
        for (int i = 1; i <= 18; i++) {
            var created = carsat.post("/api/caisse/habitat/commandes", order(convention, "ESSAI" + (char) ('A' + i - 1),
                    String.format("14503620412%02d", i), String.format("2026-11-%02d", i)));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
        }

        Browser.javaScript(false);
        logInAsLea();
        follow("Les services");
        follow("Commandes des interventions");
        assertThat(currentInMenu()).isEqualTo("Les services (true)");
        assertThat(names()).as("the open files, first page").hasSize(20);
        checkAccessibility("habitat-sans-javascript-page-1");
        follow("Page suivante");
        assertThat(names()).hasSize(3);
        assertThat(Browser.driver().findElements(By.linkText("Page suivante"))).isEmpty();
        checkAccessibility("habitat-sans-javascript-page-2");
        follow("Première page");
        assertThat(names()).hasSize(20);

        follow("Visite à faire");
        follow("↑ Trier par date de commande croissant");
        List<String> firstPage = orderDates();
        assertThat(firstPage).hasSize(20).isSortedAccordingTo(java.util.Comparator.comparing(HabitatBrowserIT::sortable));
        checkAccessibility("habitat-sans-javascript-visite-a-faire-tri");
        follow("Page suivante");
        assertThat(Browser.driver().getCurrentUrl()).as("the filter and the sort kept")
                .contains("filtre=VISITE_A_FAIRE", "tri=DATE_DE_COMMANDE", "ordre=ASC");
        List<String> secondPage = orderDates();
        assertThat(secondPage).hasSize(1);
        assertThat(sortable(secondPage.getFirst())).isGreaterThanOrEqualTo(sortable(firstPage.getLast()));

        WebElement contact = Browser.driver().findElement(By.cssSelector("button.portail-infobulle__declencheur"));
        WebElement tooltip = Browser.driver().findElement(By.id(contact.getAttribute("aria-describedby")));
        assertThat(tooltip.isDisplayed()).isFalse();
        contact.sendKeys("");
        assertThat(tooltip.isDisplayed()).as("the Contact shows on focus without a script").isTrue();
        checkAccessibility("habitat-sans-javascript-page-2-contact");

        String last = names().getFirst();
        follow("Créer Att. Visite de " + last);
        assertThat(heading()).isEqualTo("Attestation de visite");
        assertThat(currentInMenu()).isEqualTo("Les services (true)");
        checkAccessibility("habitat-sans-javascript-attestation");
        assertThat(scriptRan()).isFalse();
    }

    /** An order as the caisse sends it (the JSON API), for Lea's convention. */
    private static Map<String, Object> order(String convention, String nom, String nir, String date) {
        return Map.of("convention", convention, "nom", nom, "prenom", "Gérard", "nir", nir,
                "adresse", Map.of("numero", "3", "typeEtLibelleVoie", "rue de l'Église", "codePostal", "62000",
                        "commune", "Arras"),
                "telephone", "03 21 11 22 33", "ressources", "C", "dateDeCommande", date,
                "prestataireHabitat", Map.of("nom", "Soliha Pas-de-Calais", "coordonnees", "03 21 00 00 01"),
                "evaluation", Map.of("dateEvaluation", "2026-10-20", "gir", 4, "logement", "Maison à étage."));
    }

    /** The « Date de commande » column of the list. */
    private static List<String> orderDates() {
        return Browser.driver().findElements(By.cssSelector("table.portail-commandes tbody tr td:nth-of-type(5)"))
                .stream().map(WebElement::getText).toList();
    }

    /** « 23/11/2026 » as « 2026-11-23 », to compare. */
    private static String sortable(String day) {
        String[] parts = day.split("/");
        return parts[2] + "-" + parts[1] + "-" + parts[0];
    }

    @Test
    void no_page_reaches_another_partners_file_by_an_edited_address() {
        PortalClient lea = new PortalClient(server.url());
        assertThat(lea.login(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password()).status()).isEqualTo(200);
        String order = lea.get("/api/habitat/commandes").body().path("commandes").get(0).path("id").asText();

        PortalClient alex = new PortalClient(server.url());
        assertThat(alex.login(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password()).status()).isEqualTo(200);
        for (String page : List.of("/attestation", "/sans-suite", "/eva.pdf", "/av.pdf", "/aide.pdf")) {
            var answer = alex.page("/services/habitat/commandes/" + order + page);
            assertThat(answer.status()).as(page).isIn(403, 404);
            assertThat(answer.raw()).as(page).doesNotContain("2450362041001", "1380759350042", "DUPONT", "LEFEBVRE");
        }
        assertThat(alex.submit("/services/habitat/commandes/" + order + "/attestation", Map.of("dateVisite", "23/11/2026",
                "action", "transmettre")).status()).isIn(403, 404);
        assertThat(alex.submit("/services/habitat/commandes/" + order + "/sans-suite", Map.of("motif", "DECES")).status())
                .isIn(403, 404);
        assertThat(alex.page("/services/habitat/commandes").raw()).doesNotContain("DUPONT");
        assertThat(lea.get("/api/habitat/commandes/" + order).body().path("attestation").path("etat").asText())
                .isNotEqualTo("TRANSMISE");
    }

    /** A client holding the browser's session, to send what a page could not offer (a form on a closed file). */
    private PortalClient pageClientOfTheBrowser() {
        PortalClient client = new PortalClient(server.url());
        client.adoptSession(Browser.driver().manage().getCookieNamed("portail_session").getValue(),
                Browser.driver().findElement(By.cssSelector("input[name=csrf]")).getAttribute("value"));
        return client;
    }

    private static List<String> names() {
        return Browser.driver().findElements(By.cssSelector("table.portail-commandes tbody th")).stream()
                .map(WebElement::getText).toList();
    }

    private static String nirOf(String name) {
        return Browser.driver().findElement(By.xpath("//tr[th[normalize-space(.)='" + name + "']]/td[1]")).getText();
    }

    private static List<String> relances() {
        return Browser.driver().findElements(By.xpath("//table[contains(@class,'portail-commandes')]//tr[.//strong[normalize-space(.)='Relance']]/th"))
                .stream().map(WebElement::getText).toList();
    }

    private static String orderId(String name) {
        String href = Browser.driver().findElement(By.xpath("//tr[th[normalize-space(.)='" + name + "']]//a[contains(@href,'.pdf')]"))
                .getAttribute("href");
        return href.replaceAll(".*/commandes/([^/]+)/.*", "$1");
    }

    private static WebElement tabTo(String id) {
        for (int i = 0; i < 120; i++) {
            WebElement active = Browser.driver().switchTo().activeElement();
            if (id.equals(active.getAttribute("id"))) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + id);
    }

    private static WebElement tabToButton(String text) {
        for (int i = 0; i < 40; i++) {
            WebElement active = Browser.driver().switchTo().activeElement();
            if ("button".equals(active.getTagName()) && text.equals(active.getText().strip())) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the button " + text);
    }
}
