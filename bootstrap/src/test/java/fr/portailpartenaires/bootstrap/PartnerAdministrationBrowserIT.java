package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.bootstrap.Browser.checkAccessibility;
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

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Modification inscription » in Chromium, as the PPAS manual tells Alex7 to use it (§1.1.3, §2): the partner's data,
 * its address, its users — Martin37 and Solange778 created, a right granted and revoked, the refusals shown in the
 * page, the deletion confirmed in the seed's dialog (and on its page without JavaScript), the last administrator
 * kept — and a convention requested. axe on every state; no page of another partner reachable by editing an address.
 */
@ExtendWith(Browser.class)
class PartnerAdministrationBrowserIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().build();

    private String url(String path) {
        return server.url() + path.substring(1);
    }

    private void logInAsAlex() {
        open(url("/connexion"));
        type("Identifiant", DemoData.PARTNER_ADMIN.login());
        type("Mot de passe", DemoData.PARTNER_ADMIN.password());
        press("Se connecter");
    }

    @Test
    void alex_administers_ciel_bleu_its_data_address_users_and_conventions() throws Exception {
        logInAsAlex();
        follow("Administration");
        assertThat(path()).isEqualTo("/administration/partenaire");
        assertThat(heading()).isEqualTo("Modification inscription");
        assertThat(text()).contains("Association Ciel Bleu");
        checkAccessibility("administration-partenaire");

        // Partenaire: an error first, then the seed's change of e-mail, shown at the top of the page
        type("Téléphone", "12");
        type("Adresse e-mail de la structure (facultatif)", "contact@cielbleu.example");
        press("Valider");
        assertThat(errorOf("Téléphone")).contains("10 chiffres");
        assertThat(field("Adresse e-mail de la structure (facultatif)").getAttribute("value"))
                .isEqualTo("contact@cielbleu.example");
        checkAccessibility("administration-partenaire-erreurs");
        type("Téléphone", "03 21 00 00 62");
        press("Valider");
        assertThat(text()).contains("Les informations du partenaire ont été enregistrées.");
        assertThat(summaryValue("Email")).isEqualTo("contact@cielbleu.example");
        assertThat(summaryValue("Téléphone")).isEqualTo("03 21 00 00 62");

        // Adresse: the seed's boîte postale
        follow("Adresse");
        assertThat(path()).isEqualTo("/administration/adresse");
        type("Lieu-dit ou boîte postale (facultatif)", "BP 62");
        type("Code postal", "620");
        press("Valider");
        assertThat(errorSummary()).contains("Le code postal doit comporter exactement 5 chiffres (par exemple 62000).");
        checkAccessibility("administration-adresse-erreurs");
        type("Code postal", "62000");
        press("Valider");
        assertThat(text()).contains("L'adresse du partenaire a été enregistrée.", "BP 62");
        checkAccessibility("administration-adresse");

        // Utilisateurs: Martin37 (not an administrator), then Solange778 (an administrator)
        follow("Utilisateurs");
        assertThat(rows()).contains(List.of("Alex7", "GRIZZI", "Alexandre", "Oui"));
        checkAccessibility("administration-utilisateurs");
        press("Valider");
        assertThat(errorSummary()).contains("Le nom est obligatoire.", "L'identifiant est obligatoire.",
                "L'adresse e-mail est obligatoire.");
        checkAccessibility("administration-utilisateurs-erreurs");
        createUser("MARTIN", "Mikael", "Martin37", "06 01 02 03 04", "martin37@fr.fr", false);
        assertThat(text()).contains("L'utilisateur a été créé");
        createUser("SOLEIL", "Solange", "Solange778", "", "solange778@fr.fr", true);
        assertThat(rows()).contains(List.of("Martin37", "MARTIN", "Mikael", "Non"),
                List.of("Solange778", "SOLEIL", "Solange", "Oui"));
        assertThat(server.mailbox().awaitMailTo("martin37@fr.fr")).isNotNull();

        // « Créer utilisateur » empties the form that was being filled
        type("Nom", "BROUILLON");
        follow("Créer utilisateur");
        assertThat(field("Nom").getAttribute("value")).isEmpty();

        // Martin37 made an administrator from his line; his login is shown, not editable
        follow("Martin37 : modifier");
        assertThat(field("Identifiant").getAttribute("readonly")).isNotNull();
        assertThat(field("Identifiant").getAttribute("value")).isEqualTo("Martin37");
        checkAccessibility("administration-utilisateur-modification");
        type("Téléphone (facultatif)", "06 11 22 33 44");
        field("Administrateur").click();
        press("Valider");
        assertThat(rows()).contains(List.of("Martin37", "MARTIN", "Mikael", "Oui"));

        // Alex cannot take his own right: the refusal is in the page and nothing changed
        follow("Alex7 : modifier");
        field("Administrateur").click();
        type("Prénom", "Alex");
        press("Valider");
        assertThat(errorSummary()).contains("Vous ne pouvez pas retirer vos propres droits d'administration.");
        checkAccessibility("administration-utilisateur-refus");
        open(url("/administration/utilisateurs"));
        assertThat(rows()).contains(List.of("Alex7", "GRIZZI", "Alexandre", "Oui"));

        // Solange778's right revoked, then she is deleted through the seed's dialog
        follow("Solange778 : modifier");
        field("Administrateur").click();
        press("Valider");
        assertThat(rows()).contains(List.of("Solange778", "SOLEIL", "Solange", "Non"));
        WebElement page = Browser.driver().findElement(By.tagName("html"));
        Browser.link("✖ Supprimer l'utilisateur Solange778").click();
        var dialog = new WebDriverWait(Browser.driver(), java.time.Duration.ofSeconds(5))
                .until(ExpectedConditions.alertIsPresent());
        assertThat(dialog.getText()).isEqualTo("Voulez-vous vraiment supprimer cet utilisateur ?");
        dialog.accept();
        Browser.waitForNextPage(page);
        assertThat(text()).contains("L'utilisateur Solange778 a été supprimé.");
        assertThat(rows()).extracting(row -> row.getFirst()).doesNotContain("Solange778");

        // an administrator is deleted only once their right is revoked: the refusal says so
        page = Browser.driver().findElement(By.tagName("html"));
        Browser.link("✖ Supprimer l'utilisateur Martin37").click();
        new WebDriverWait(Browser.driver(), java.time.Duration.ofSeconds(5))
                .until(ExpectedConditions.alertIsPresent()).accept();
        Browser.waitForNextPage(page);
        assertThat(errorSummary()).hasSize(1);
        assertThat(rows()).extracting(row -> row.getFirst()).contains("Martin37");
        checkAccessibility("administration-suppression-refusee");

        // Conventions: the validated one listed, a new one requested with an error first
        follow("Conventions");
        assertThat(rows()).anySatisfy(row -> assertThat(row).contains("757300"));
        press("Créer convention");
        assertThat(errorSummary()).contains("Le régime est obligatoire.", "Le code convention est obligatoire.");
        checkAccessibility("administration-conventions-erreurs");
        new Select(field("Régime")).selectByVisibleText("CNAV (Régime général)");
        new Select(field("Caisse")).selectByVisibleText("CARSAT Nord-Picardie");
        type("Code convention", "757301");
        new Select(field("Type de partenaire")).selectByVisibleText("Structure d'évaluation");
        press("Créer convention");
        assertThat(text()).contains("La convention est demandée");
        assertThat(rows()).anySatisfy(row -> assertThat(row).contains("757301", "en attente de validation"));
        checkAccessibility("administration-conventions");
        press("Déconnexion");
    }

    @Test
    void without_javascript_the_tabs_are_links_and_the_deletion_is_confirmed_on_a_page() {
        Browser.javaScript(false);
        logInAsAlex();
        open(url("/administration"));
        follow("Utilisateurs");
        assertThat(path()).isEqualTo("/administration/utilisateurs");
        createUser("MARTIN", "Mikael", "Martin37", "", "martin37@fr.fr", false);
        assertThat(rows()).contains(List.of("Martin37", "MARTIN", "Mikael", "Non"));

        Browser.follow("✖ Supprimer l'utilisateur Martin37");
        assertThat(heading()).isEqualTo("Voulez-vous vraiment supprimer cet utilisateur ?");
        checkAccessibility("administration-suppression-confirmation");
        follow("Annuler");
        assertThat(rows()).extracting(row -> row.getFirst()).contains("Martin37");
        Browser.follow("✖ Supprimer l'utilisateur Martin37");
        press("OK, supprimer");
        assertThat(text()).contains("L'utilisateur Martin37 a été supprimé.");

        // the last administrator is kept: Alex, alone, cannot delete himself
        Browser.follow("✖ Supprimer l'utilisateur Alex7");
        press("OK, supprimer");
        assertThat(errorSummary()).hasSize(1);
        assertThat(rows()).extracting(row -> row.getFirst()).contains("Alex7");
        assertThat(scriptRan()).isFalse();
        checkAccessibility("administration-sans-javascript");
    }

    @Test
    void no_page_reaches_another_partners_users_by_an_edited_address_and_users_who_are_not_administrators_are_refused() {
        PortalClient alex = new PortalClient(server.url());
        assertThat(alex.login(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password()).status()).isEqualTo(200);
        var created = alex.post("/api/partenaire/utilisateurs", Map.of("nom", "MARTIN", "prenom", "Mikael",
                "login", "Martin37", "email", "martin37@fr.fr", "administrateur", false));
        assertThat(created.status()).isEqualTo(201);
        String martin = created.text("id");

        PortalClient lea = new PortalClient(server.url());
        assertThat(lea.login(DemoData.ERGOTHERAPEUTE.login(), DemoData.ERGOTHERAPEUTE.password()).status()).isEqualTo(200);
        assertThat(lea.page("/administration/utilisateurs?utilisateur=" + martin).status()).isEqualTo(404);
        assertThat(lea.page("/administration/utilisateurs/" + martin + "/suppression").status()).isEqualTo(404);
        assertThat(lea.submit("/administration/utilisateurs/" + martin, Map.of("nom", "PIRATE", "prenom", "Pierre",
                "email", "pirate@fr.fr", "administrateur", "oui")).status()).isEqualTo(404);
        assertThat(lea.submit("/administration/utilisateurs/" + martin + "/suppression", Map.of()).status())
                .isEqualTo(404);
        assertThat(lea.page("/administration/utilisateurs").raw()).doesNotContain("Martin37");

        JsonNode users = alex.get("/api/partenaire/utilisateurs").body();
        List<String> logins = new ArrayList<>();
        users.forEach(user -> {
            logins.add(user.path("login").asText());
            if ("Martin37".equals(user.path("login").asText())) {
                assertThat(user.path("nom").asText()).isEqualTo("MARTIN");
                assertThat(user.path("administrateur").asBoolean()).isFalse();
            }
        });
        assertThat(logins).contains("Martin37");

        // a user of the partner who is not an administrator gets the 403 page on every tab
        String temporary = temporaryPassword("martin37@fr.fr");
        PortalClient martinClient = new PortalClient(server.url());
        assertThat(martinClient.login("Martin37", temporary).status()).isEqualTo(200);
        assertThat(martinClient.post("/api/session/mot-de-passe", Map.of("motDePasseActuel", temporary,
                "nouveauMotDePasse", "Martin2026", "confirmation", "Martin2026")).status()).isEqualTo(200);
        PortalClient martinAgain = new PortalClient(server.url());
        assertThat(martinAgain.login("Martin37", "Martin2026").status()).isEqualTo(200);
        for (String tab : List.of("partenaire", "adresse", "utilisateurs", "conventions")) {
            var answer = martinAgain.page("/administration/" + tab);
            assertThat(answer.status()).as(tab).isEqualTo(403);
            assertThat(answer.raw()).contains("Accès refusé");
        }
        assertThat(martinAgain.submit("/administration/partenaire", Map.of("nomPartenaire", "Pirates",
                "telephone", "0321000062")).status()).isEqualTo(403);
        assertThat(alex.get("/api/partenaire/fiche").text("nomPartenaire")).isEqualTo("Association Ciel Bleu");
    }

    private String temporaryPassword(String address) {
        try {
            String mail = MailText.textPart(server.mailbox().awaitMailTo(address));
            var matcher = java.util.regex.Pattern.compile("Mot de passe temporaire : (\\S+)").matcher(mail);
            assertThat(matcher.find()).as(mail).isTrue();
            return matcher.group(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void createUser(String nom, String prenom, String login, String telephone, String email,
            boolean administrator) {
        type("Nom", nom);
        type("Prénom", prenom);
        type("Identifiant", login);
        type("Téléphone (facultatif)", telephone);
        type("Adresse e-mail", email);
        if (administrator != field("Administrateur").isSelected()) {
            field("Administrateur").click();
        }
        press("Valider");
    }

    /** The rows of the page's table, cell by cell (row headers included, the deletion's cross left out). */
    private static List<List<String>> rows() {
        return Browser.driver().findElements(By.cssSelector("table tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream()
                        .filter(cell -> cell.findElements(By.cssSelector(".portail-suppression")).isEmpty())
                        .map(cell -> cell.getText().replaceAll("\\s*: modifier$", "").strip()).toList())
                .toList();
    }

    private static String summaryValue(String key) {
        return Browser.driver().findElement(By.xpath("//dl[contains(@class,'portail-fiche')]//dt[normalize-space(.)='"
                + key + "']/following-sibling::dd")).getText();
    }
}
