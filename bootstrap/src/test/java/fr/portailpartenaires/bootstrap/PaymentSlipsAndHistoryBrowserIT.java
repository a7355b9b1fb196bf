package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.bootstrap.Browser.checkAccessibility;
import static fr.portailpartenaires.bootstrap.Browser.currentInMenu;
import static fr.portailpartenaires.bootstrap.Browser.driver;
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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The partner's daily work in Chromium, as the ergothérapeutes' manual tells it (§3, §4, §5): Lea62, with two
 * conventions, picks the one she works on under the page's title, opens « Bordereaux de paiements », downloads the
 * slip in the three formats from the page's links (fetched with the browser's session cookie, the PDF read with
 * PDFBox), then « Historique des échanges »: the période forgotten, then the wrong way round, then right; pages,
 * the date sorted ↑, the filters convention / interface / commentaire, the filtered page's own address, « Annuler
 * filtre ». The slip and the history come from {@link PaidSlips} (the caisse's side over the JSON API). axe on every
 * state; the selector and the history's form once more with JavaScript off.
 */
@ExtendWith(Browser.class)
class PaymentSlipsAndHistoryBrowserIT {

    @RegisterExtension
    static final PortalExtension server = PortalExtension.onH2().clockAt(PaidSlips.T0)
            .customize(builder -> builder.backgroundJobs(false)).build();

    private static PaidSlips data;

    @BeforeAll
    static void aPaidSlipAndTwoConventions() {
        data = PaidSlips.setUp(server);
    }

    private static String url(String path) {
        return server.url() + path.substring(1);
    }

    private static void logInAsLea() {
        open(url("/connexion"));
        type("Identifiant", DemoData.ERGOTHERAPEUTE.login());
        type("Mot de passe", DemoData.ERGOTHERAPEUTE.password());
        press("Se connecter");
        assertThat(path()).isEqualTo("/bienvenue");
    }

    private static Select selector() {
        return new Select(field("Convention"));
    }

    /** The rows of the page's table, each cell's text. */
    private static List<List<String>> rows() {
        return driver().findElements(By.cssSelector("table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    private static String notice() {
        return driver().findElement(By.cssSelector(".govuk-notification-banner")).getText();
    }

    /** The entries of Lea's history in March, as the JSON API counts them. */
    private static int entriesInMarch() {
        PortalClient lea = server.loggedIn(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password());
        return lea.get("/api/historique-echanges?du=2025-03-01&au=2025-03-31&limite=100").body().path("entrees").size();
    }

    @Test
    void lea_picks_her_convention_downloads_the_slip_in_three_formats_and_searches_her_history() throws Exception {
        logInAsLea();
        follow("Les services");
        assertThat(heading()).isEqualTo("Les services");
        assertThat(currentInMenu()).isEqualTo("Les services (page)");
        checkAccessibility("services-partenaire");

        follow("Bordereaux de paiements");
        assertThat(heading()).isEqualTo("Bordereaux de paiements");
        assertThat(currentInMenu()).as("the section of the page shown").isEqualTo("Les services (true)");
        assertThat(selector().getOptions()).extracting(WebElement::getText)
                .containsExactly(PaidSlips.SELECTOR_LABEL_757310, PaidSlips.SELECTOR_LABEL_757311);
        assertThat(selector().getFirstSelectedOption().getText()).as("the first by default")
                .isEqualTo(PaidSlips.SELECTOR_LABEL_757310);
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.subList(0, 4))
                .containsExactly("757310", "17/03/2025", PaidSlips.REFERENCE, "160,00 €"));
        checkAccessibility("bordereaux-liste");

        // with JavaScript, a convention chosen with the mouse is submitted at once
        WebElement page = driver().findElement(By.tagName("html"));
        selector().selectByVisibleText(PaidSlips.SELECTOR_LABEL_757311);
        Browser.waitForNextPage(page);
        assertThat(path()).isEqualTo("/services/bordereaux");
        assertThat(notice()).contains("Vous travaillez maintenant sur la convention 757311 (CARSAT Nord-Picardie).");
        assertThat(selector().getFirstSelectedOption().getText()).isEqualTo(PaidSlips.SELECTOR_LABEL_757311);
        assertThat(text()).contains("Aucun bordereau de paiement n'est disponible pour cette convention.");
        checkAccessibility("bordereaux-autre-convention");

        // arrow keys only move the choice; « Changer » submits it
        WebElement before = driver().findElement(By.tagName("html"));
        field("Convention").sendKeys(Keys.ARROW_UP);
        Thread.sleep(500);
        assertThat(selector().getFirstSelectedOption().getText()).isEqualTo(PaidSlips.SELECTOR_LABEL_757310);
        assertThat(before.isDisplayed()).as("still the same page: nothing was submitted").isTrue();
        assertThat(text()).contains("Aucun bordereau de paiement");
        press("Changer");
        assertThat(notice()).contains("Vous travaillez maintenant sur la convention 757310 (CARSAT Nord-Picardie).");
        assertThat(rows()).hasSize(1);

        // the three downloads, fetched from the links' addresses with the browser's session cookie
        List<String> links = driver().findElements(By.cssSelector("table a[href*='/services/bordereaux/']")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(links).hasSize(3).allSatisfy(link -> assertThat(link).contains(data.slip()));
        assertThat(driver().findElements(By.cssSelector("table a")).stream().map(link -> link.getText().substring(0, 3)))
                .containsExactly("PDF", "XML", "CSV");
        HttpResponse<byte[]> pdf = withSessionCookie(links.get(0));
        server.clock().advance(Duration.ofSeconds(10));
        HttpResponse<byte[]> xml = withSessionCookie(links.get(1));
        server.clock().advance(Duration.ofSeconds(10));
        HttpResponse<byte[]> csv = withSessionCookie(links.get(2));
        server.clock().advance(Duration.ofSeconds(10));
        assertThat(List.of(pdf.statusCode(), xml.statusCode(), csv.statusCode())).containsOnly(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        SlipFiles.Slip fromPdf = SlipFiles.pdf(pdf.body());
        assertThat(fromPdf.codeConvention()).isEqualTo("757310");
        assertThat(fromPdf.datePaiement()).isEqualTo("17/03/2025");
        assertThat(fromPdf.reference()).isEqualTo(PaidSlips.REFERENCE);
        assertThat(fromPdf.total()).isEqualTo(16000);
        assertThat(fromPdf.lines()).extracting(SlipFiles.Line::beneficiaire)
                .containsExactlyInAnyOrder("ROUSSEL Cécile", "FOURNIER Josiane");
        assertThat(SlipFiles.xml(xml.body())).isEqualTo(fromPdf);
        assertThat(SlipFiles.csv(csv.body())).isEqualTo(fromPdf);

        // the history: the période forgotten, then the wrong way round, then right
        follow("Les services");
        follow("Historique des échanges");
        assertThat(heading()).isEqualTo("Historique des échanges");
        assertThat(currentInMenu()).isEqualTo("Les services (true)");
        assertThat(driver().findElements(By.tagName("table"))).as("no search before the période").isEmpty();
        checkAccessibility("historique-vide");
        press("Filtrer");
        assertThat(errorSummary()).containsExactly("La date de début de la période est obligatoire.",
                "La date de fin de la période est obligatoire.");
        assertThat(errorOf("Du")).contains("La date de début de la période est obligatoire.");
        assertThat(driver().getTitle()).startsWith("Erreur : Historique des échanges");
        checkAccessibility("historique-erreurs");
        type("Du", "31/03/2025");
        type("Au", "01/03/2025");
        type("Commentaire", PaidSlips.REFERENCE);
        press("Filtrer");
        assertThat(errorSummary()).containsExactly("La fin de la période ne peut pas précéder son début.");
        assertThat(errorOf("Au")).contains("La fin de la période ne peut pas précéder son début.");
        assertThat(field("Du").getAttribute("value")).isEqualTo("31/03/2025");
        assertThat(field("Commentaire").getAttribute("value")).isEqualTo(PaidSlips.REFERENCE);
        type("Du", "01/03/2025");
        type("Au", "31/03/2025");
        type("Commentaire", "");
        press("Filtrer");
        assertThat(errorSummary()).isEmpty();

        // newest first, pages of 20
        int total = entriesInMarch();
        assertThat(total).as("the set-up's downloads and the three of this story")
                .isGreaterThanOrEqualTo(3 * PaidSlips.DOWNLOAD_ROUNDS + 3).isLessThanOrEqualTo(40);
        assertThat(rows()).hasSize(20);
        assertThat(rows().getFirst().subList(1, 5)).containsExactly("12/03/2025", "CNAV – CARSAT Nord-Picardie",
                "Habitat / Ergothérapeute", "Bordereaux de paiement");
        assertThat(rows().getFirst().get(5)).startsWith(
                "Récupération du bordereau de paiement VIR-2025-0317 du 17/03/2025 (facture FG-757310-0001), format ");
        assertThat(rows()).extracting(row -> row.get(0)).isSortedAccordingTo(
                java.util.Comparator.comparing(PaymentSlipsAndHistoryBrowserIT::sortable).reversed());
        assertThat(driver().findElement(By.tagName("caption")).getText()).isEqualTo("Résultats 1 à 20, page 1");
        assertThat(pager()).containsExactly("1 (page)", "Page 2", "Suivante");
        showResults();
        checkAccessibility("historique-resultats-page-1");
        follow("Suivante");
        assertThat(driver().findElement(By.tagName("caption")).getText()).as("the total is known on the last page")
                .isEqualTo("Résultats 21 à " + total + " sur " + total + ", page 2");
        assertThat(rows()).hasSize(total - 20);
        assertThat(pager()).containsExactly("Précédente", "Page 1", "2 (page)");
        showResults();
        checkAccessibility("historique-resultats-page-2");
        WebElement second = driver().findElement(By.tagName("html"));
        driver().findElement(By.cssSelector(".govuk-pagination a[aria-label='Page 1']")).click();
        Browser.waitForNextPage(second);
        assertThat(driver().findElement(By.tagName("caption")).getText()).isEqualTo("Résultats 1 à 20, page 1");
        follow("Suivante");
        follow("Précédente");
        assertThat(driver().findElement(By.tagName("caption")).getText()).isEqualTo("Résultats 1 à 20, page 1");

        // oldest first: the set-up's first download, at 10h00 on 19 March
        sortBy("Trier du plus ancien au plus récent");
        assertThat(driver().getCurrentUrl()).contains("tri=asc");
        assertThat(driver().findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(rows().getFirst().get(0)).isEqualTo("19/03/2025 à 10h00");
        assertThat(rows().getFirst().get(5)).endsWith("format PDF");
        showResults();
        checkAccessibility("historique-tri-croissant");

        // the filters, with the sort kept
        new Select(field("Convention")).selectByVisibleText(PaidSlips.SELECTOR_LABEL_757311);
        press("Filtrer");
        assertThat(text()).contains("Aucun résultat correspondant au(x) critère(s) de recherche.");
        showResults();
        checkAccessibility("historique-aucun-resultat");
        new Select(field("Convention")).selectByVisibleText(PaidSlips.SELECTOR_LABEL_757310);
        new Select(field("Interface applicative")).selectByVisibleText("Bordereaux de paiement");
        type("Commentaire", "format XML");
        press("Filtrer");
        assertThat(rows()).hasSize(PaidSlips.DOWNLOAD_ROUNDS + 1)
                .allSatisfy(row -> assertThat(row.get(5)).endsWith("format XML"));
        assertThat(rows().getFirst().get(0)).as("still oldest first").isEqualTo("19/03/2025 à 10h00");
        String filtered = driver().getCurrentUrl();
        assertThat(URI.create(filtered).getQuery()).contains("convention=" + data.convention(),
                "interface=BORDEREAU_PAIEMENT", "commentaire=format+XML", "tri=asc");
        showResults();
        checkAccessibility("historique-filtre");
        new Select(field("Interface applicative")).selectByVisibleText("Attestations de visite");
        press("Filtrer");
        assertThat(text()).contains("Aucun résultat correspondant au(x) critère(s) de recherche.");

        // a filtered page has its own address
        open(filtered);
        assertThat(rows()).hasSize(PaidSlips.DOWNLOAD_ROUNDS + 1);
        assertThat(new Select(field("Interface applicative")).getFirstSelectedOption().getText())
                .isEqualTo("Bordereaux de paiement");

        follow("Annuler filtre");
        assertThat(URI.create(driver().getCurrentUrl()).getQuery()).isEqualTo("du=01/03/2025&au=31/03/2025");
        assertThat(field("Du").getAttribute("value")).isEqualTo("01/03/2025");
        assertThat(field("Commentaire").getAttribute("value")).isEmpty();
        assertThat(new Select(field("Convention")).getFirstSelectedOption().getText()).isEqualTo("Toutes les conventions");
        assertThat(rows()).hasSize(20);
        assertThat(driver().findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort")).isEqualTo("descending");
        showResults();
        checkAccessibility("historique-filtre-annule");
        assertThat(scriptRan()).isTrue();
    }

    @Test
    void without_javascript_the_selector_and_the_history_work_the_same_and_no_script_runs() {
        Browser.javaScript(false);
        logInAsLea();
        open(url("/services/bordereaux"));
        assertThat(scriptRan()).isFalse();
        selector().selectByVisibleText(PaidSlips.SELECTOR_LABEL_757311);
        assertThat(path()).as("nothing submitted by choosing").isEqualTo("/services/bordereaux");
        assertThat(driver().findElements(By.cssSelector(".govuk-notification-banner"))).isEmpty();
        press("Changer");
        assertThat(path()).isEqualTo("/services/bordereaux");
        assertThat(notice()).contains("Vous travaillez maintenant sur la convention 757311 (CARSAT Nord-Picardie).");
        assertThat(text()).contains("Aucun bordereau de paiement n'est disponible pour cette convention.");
        checkAccessibility("sans-javascript-bordereaux-autre-convention");
        selector().selectByVisibleText(PaidSlips.SELECTOR_LABEL_757310);
        press("Changer");
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.get(2)).isEqualTo(PaidSlips.REFERENCE));
        checkAccessibility("sans-javascript-bordereaux-liste");

        open(url("/services/historique-echanges"));
        type("Du", "1 mars");
        type("Au", "31/02/2025");
        press("Filtrer");
        assertThat(errorSummary()).containsExactly("La date de début doit être saisie sous la forme JJ/MM/AAAA.",
                "La date de fin 31/02/2025 n'existe pas dans le calendrier.");
        assertThat(field("Du").getAttribute("value")).isEqualTo("1 mars");
        checkAccessibility("sans-javascript-historique-erreurs");
        type("Du", "19/03/2025");
        type("Au", "19/03/2025");
        new Select(field("Interface applicative")).selectByVisibleText("Bordereaux de paiement");
        press("Filtrer");
        assertThat(errorSummary()).isEmpty();
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(0)).startsWith("19/03/2025"));
        sortBy("Trier du plus ancien au plus récent");
        assertThat(rows().getFirst().get(0)).isEqualTo("19/03/2025 à 10h00");
        follow("Annuler filtre");
        assertThat(new Select(field("Interface applicative")).getFirstSelectedOption().getText())
                .isEqualTo("Toutes les interfaces");
        assertThat(scriptRan()).isFalse();
        showResults();
        checkAccessibility("sans-javascript-historique-resultats");
    }

    /**
     * The pager's links as a screen reader names them: « Précédente », each number by its label, « Suivante »; the
     * page shown by its number and {@code aria-current}.
     */
    private static List<String> pager() {
        return driver().findElements(By.cssSelector(".govuk-pagination a")).stream().map(link ->
                "page".equals(link.getAttribute("aria-current")) ? link.getText() + " (page)"
                        : link.getAttribute("aria-label") != null ? link.getAttribute("aria-label")
                        : link.getText().strip()).toList();
    }

    /** Scrolls the page just loaded down to its results, so that the screenshot shows them rather than the form. */
    private static void showResults() {
        new Actions(driver()).scrollByAmount(0, driver().findElement(By.id("resultats")).getLocation().getY()).perform();
    }

    /** Follows the date column's sort arrow whose (visually hidden) text says this. */
    private static void sortBy(String what) {
        WebElement page = driver().findElement(By.tagName("html"));
        driver().findElement(By.xpath("//th//a[contains(normalize-space(.), '" + what + "')]")).click();
        Browser.waitForNextPage(page);
    }

    /** « 19/03/2025 à 10h00 » as « 2025-03-19 10h00 », to compare. */
    private static String sortable(String shown) {
        String[] parts = shown.split(" à ");
        String[] date = parts[0].split("/");
        return date[2] + "-" + date[1] + "-" + date[0] + " " + parts[1];
    }

    /** The file at a page link's address, fetched as the browser would: with its session cookie. */
    private static HttpResponse<byte[]> withSessionCookie(String address) throws Exception {
        String session = driver().manage().getCookieNamed("portail_session").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", "portail_session=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
