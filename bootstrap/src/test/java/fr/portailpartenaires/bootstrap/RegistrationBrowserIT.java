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
import static fr.portailpartenaires.bootstrap.Browser.text;
import static fr.portailpartenaires.bootstrap.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pré-inscription as the PPAS manual tells it (§1.1.1), in Chromium: Accueil → « Vous n'êtes pas encore inscrit ? »
 * → CGU → J'accepte → the convention gate → the form, sent with errors first, then right with the keyboard alone →
 * the seed's success message; the caisse validates (API), the mail's link opens the Accueil page, the first login
 * asks for a new password, then Bienvenue and Déconnexion.
 */
@ExtendWith(Browser.class)
class RegistrationBrowserIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().build();

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");
    private static final Pattern PORTAL_LINK = Pattern.compile("Pour vous connecter : (http://\\S+)");


    @Test
    void a_provider_registers_with_errors_first_then_by_keyboard_is_validated_and_logs_in_from_the_mail() throws Exception {
        open(server.url());
        follow("Se pré-inscrire");
        assertThat(heading()).isEqualTo("Conditions générales d'utilisation");
        checkAccessibility("inscription-cgu");
        press("J'accepte");

        assertThat(heading()).isEqualTo("Détenez-vous un numéro de convention signée avec votre caisse ?");
        checkAccessibility("inscription-convention");
        press("Continuer");
        assertThat(errorSummary()).containsExactly("Indiquez si vous détenez un numéro de convention signée avec votre caisse.");
        checkAccessibility("inscription-convention-erreur");
        field("Non").click();
        press("Continuer");
        assertThat(text()).contains("contactez votre caisse");
        field("Oui").click();
        press("Continuer");

        assertThat(heading()).isEqualTo("Formulaire de pré-inscription");
        checkAccessibility("inscription-formulaire-vide");
        new Select(field("Régime")).selectByVisibleText("CNAV (Régime général)");
        type("Code convention", "75730");
        type("Téléphone", "12");
        type("Nom du partenaire", "Aide et Répit");
        type("Code postal", "6200");
        type("Commune", "Arras");
        type("Identifiant de connexion", "Martin37");
        press("Valider");
        assertThat(errorSummary()).contains("La caisse est obligatoire.", "Le type de partenaire est obligatoire.",
                "Recopiez le code de sécurité affiché dans l'image.");
        assertThat(errorOf("Téléphone")).contains("10 chiffres", "03 02 01 05 09");
        assertThat(errorOf("Code postal")).contains("5 chiffres");
        assertThat(field("Nom du partenaire").getAttribute("value")).isEqualTo("Aide et Répit");
        assertThat(new Select(field("Régime")).getFirstSelectedOption().getText()).isEqualTo("CNAV (Régime général)");
        checkAccessibility("inscription-formulaire-erreurs");

        // a fresh form, filled with the keyboard alone this time
        open(server.url() + "inscription/formulaire?cgu="
                + fr.portailpartenaires.application.shared.PortalSettings.PPAS.cguVersion());
        fillByKeyboardAndSend(new LinkedHashMap<>(Map.ofEntries(
                Map.entry("regime", "CNAV"), Map.entry("caisse", "CARSAT Nord-Picardie"), Map.entry("codeConvention", "757301"),
                Map.entry("typePartenaire", "Structure"), Map.entry("nomPartenaire", "Aide et Répit"),
                Map.entry("telephone", "03 02 01 05 09"), Map.entry("adresse.codePostal", "62000"),
                Map.entry("adresse.commune", "Arras"), Map.entry("administrateur.nom", "MARTIN"),
                Map.entry("administrateur.prenom", "Claire"), Map.entry("administrateur.login", "Martin37"),
                Map.entry("administrateur.email", "martin37@aide-repit.example"),
                Map.entry("administrateur.telephone", "0302010509"))));
        assertThat(path()).isEqualTo("/inscription/terminee");
        assertThat(text()).contains(
                "Votre préinscription est terminée. Votre demande est en attente de validation par la caisse.");
        checkAccessibility("inscription-terminee");

        var caisse = new PortalClient(server.url());
        assertThat(caisse.login(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password()).status()).isEqualTo(200);
        String id = null;
        for (JsonNode pending : caisse.get("/api/caisse/inscriptions").body()) {
            if ("Martin37".equals(pending.path("administrateurLogin").asText())) {
                id = pending.path("id").asText();
            }
        }
        assertThat(caisse.post("/api/caisse/inscriptions/" + id + "/validation", "").status()).isEqualTo(200);

        String mail = MailText.textPart(server.mailbox().awaitMailTo("martin37@aide-repit.example"));
        Matcher temporary = TEMPORARY_PASSWORD.matcher(mail);
        Matcher link = PORTAL_LINK.matcher(mail);
        assertThat(temporary.find()).isTrue();
        assertThat(link.find()).isTrue();
        // the mail's link names the configured address; the test server listens on a port of its own
        open(server.url() + link.group(1).replaceFirst("^http://[^/]+/", ""));
        assertThat(heading()).isEqualTo("Portail Partenaires Action Sociale");
        follow("Connexion");
        type("Identifiant", "Martin37");
        type("Mot de passe", temporary.group(1));
        press("Se connecter");
        assertThat(heading()).isEqualTo("Choisir votre mot de passe");
        type("Mot de passe provisoire", temporary.group(1));
        type("Nouveau mot de passe", "Repit2026");
        type("Confirmation du nouveau mot de passe", "Repit2026");
        press("Enregistrer");
        assertThat(heading()).startsWith("Bienvenue Aide et Répit");
        press("Déconnexion");
        assertThat(heading()).isEqualTo("Vous êtes déconnecté");
    }

    /**
     * Tab from the top of the page to each field in turn and type (a select list chooses the option its text starts
     * with), then Enter on the last one sends the form: no mouse.
     */
    private void fillByKeyboardAndSend(Map<String, String> values) {
        WebElement page = Browser.driver().findElement(org.openqa.selenium.By.tagName("html"));
        for (Map.Entry<String, String> entry : values.entrySet()) {
            tabTo(entry.getKey());
            active().sendKeys(entry.getValue());
        }
        tabTo("captcha");
        active().sendKeys(server.captchaAnswer());
        active().sendKeys(Keys.ENTER);
        Browser.waitForNextPage(page);
    }

    private static WebElement active() {
        return Browser.driver().switchTo().activeElement();
    }

    private static void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(active().getAttribute("id"))) {
                return;
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the field " + id);
    }
}
