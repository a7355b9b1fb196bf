package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.bootstrap.Browser.checkAccessibility;
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

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Every form once with JavaScript off (spec §10.1: scripts only enhance): the pré-inscription path, Mot de passe
 * oublié, Nous contacter, Changer mon mot de passe and Modifier mon adresse mail — errors first, then right — with no
 * script run on any page, and axe on each state. (Connexion and the e-mail confirmation page are run without
 * JavaScript in {@link AccountPagesBrowserIT} and {@link EmailChangeBrowserIT}.) Each test works with accounts no
 * other test of this class touches.
 */
@ExtendWith(Browser.class)
class WithoutJavaScriptBrowserIT {

    @RegisterExtension
    static final PortalExtension server = PortalExtension.onH2().build();

    private static String url(String path) {
        return server.url() + path.substring(1);
    }

    @BeforeEach
    void scriptsOff() {
        Browser.javaScript(false);
    }

    @Test
    void a_provider_registers_from_the_cgu_to_the_success_page() {
        open(server.url());
        follow("Se pré-inscrire");
        press("J'accepte");
        press("Continuer");
        assertThat(errorSummary()).containsExactly("Indiquez si vous détenez un numéro de convention signée avec votre caisse.");
        field("Oui").click();
        press("Continuer");
        assertThat(heading()).isEqualTo("Formulaire de pré-inscription");
        assertThat(scriptRan()).isFalse();
        assertThat(new Select(field("Caisse")).getOptions()).as("without the script every caisse is offered, by régime")
                .extracting(option -> option.getText()).contains("CARSAT Nord-Picardie");
        checkAccessibility("sans-javascript-inscription-vide");

        press("Valider");
        assertThat(errorSummary()).contains("Le régime est obligatoire.", "La caisse est obligatoire.",
                "Le numéro de téléphone est obligatoire.", "Le téléphone de l'administrateur est obligatoire.",
                "Recopiez le code de sécurité affiché dans l'image.").doesNotHaveDuplicates();
        checkAccessibility("sans-javascript-inscription-erreurs");

        new Select(field("Régime")).selectByVisibleText("CNAV (Régime général)");
        new Select(field("Caisse")).selectByVisibleText("CARSAT Nord-Picardie");
        type("Code convention", "757302");
        new Select(field("Type de partenaire")).selectByVisibleText("Structure d'évaluation");
        type("Nom du partenaire", "Sans Script Services");
        type("Téléphone", "03 21 00 00 01");
        type("Code postal", "62000");
        type("Commune", "Arras");
        type("Nom", "NOSCRIPT");
        type("Prénom", "Camille");
        type("Identifiant de connexion", "Camille62");
        type("Adresse e-mail", "camille@sans-script.example");
        type("Téléphone de l'administrateur", "03 21 00 00 02");
        type("Code de sécurité", server.captchaAnswer());
        press("Valider");
        assertThat(path()).isEqualTo("/inscription/terminee");
        assertThat(text()).contains(
                "Votre préinscription est terminée. Votre demande est en attente de validation par la caisse.");
        assertThat(scriptRan()).isFalse();
        checkAccessibility("sans-javascript-inscription-terminee");
    }

    @Test
    void a_forgotten_password_is_asked_for_and_the_captcha_swapped_for_a_question() {
        open(url("/connexion"));
        follow("Mot de passe oublié ?");
        press("Enregistrer");
        assertThat(errorSummary()).contains("L'identifiant est obligatoire.", "L'adresse e-mail est obligatoire.");
        checkAccessibility("sans-javascript-mot-de-passe-oublie-erreurs");

        follow("répondre à une question en texte à la place de l'image");
        assertThat(Browser.driver().findElement(By.cssSelector("label[for=captcha]")).getText())
                .startsWith("Question de sécurité : Combien font ");
        follow("Recopier une image à la place de la question");
        type("Identifiant", DemoData.OTHER_CAISSE_ADMIN.login());
        type("Adresse e-mail", "quelqu.un@exemple.org");
        type("Code de sécurité", server.captchaAnswer());
        press("Enregistrer");
        assertThat(path()).isEqualTo("/connexion");
        assertThat(text()).contains("un mot de passe temporaire vient d'être envoyé à cette adresse");
        assertThat(scriptRan()).isFalse();
        checkAccessibility("sans-javascript-mot-de-passe-oublie-envoye");
    }

    @Test
    void a_visitor_writes_to_the_assistance() {
        open(url("/contact"));
        press("Envoyer");
        assertThat(errorSummary()).contains("Le numéro de convention est obligatoire.", "Le message est obligatoire.");
        checkAccessibility("sans-javascript-contact-erreurs");
        type("N° de convention", "757300");
        type("Nom", "NOSCRIPT");
        type("Adresse e-mail", "camille@sans-script.example");
        type("Téléphone", "03 21 00 00 01");
        field("Problème d'accès à l'espace abonné ou à vos rubriques").click();
        type("Texte", "Écrit sans JavaScript.");
        type("Code de sécurité", server.captchaAnswer());
        press("Envoyer");
        assertThat(text()).contains("Votre message a bien été transmis à l'assistance du portail.");
        assertThat(scriptRan()).isFalse();
        checkAccessibility("sans-javascript-contact-envoye");
    }

    @Test
    void a_caisse_administrator_changes_password_then_asks_for_a_new_address() throws Exception {
        open(url("/connexion"));
        type("Identifiant", DemoData.CAISSE_ADMIN.login());
        type("Mot de passe", DemoData.CAISSE_ADMIN.password());
        press("Se connecter");
        assertThat(path()).isEqualTo("/bienvenue");

        follow("Changer mon mot de passe");
        press("Enregistrer");
        assertThat(errorSummary()).isNotEmpty();
        checkAccessibility("sans-javascript-changer-mot-de-passe-erreurs");
        type("Mot de passe actuel", DemoData.CAISSE_ADMIN.password());
        type("Nouveau mot de passe", "Plateau2026");
        type("Confirmation du nouveau mot de passe", "Plateau2026");
        press("Enregistrer");
        assertThat(text()).contains("Votre mot de passe a été modifié avec succès.");

        open(url("/bienvenue"));
        follow("Modifier mon adresse mail");
        type("Nouvelle adresse e-mail", "caisse@sans-script.example");
        type("Confirmation de la nouvelle adresse e-mail", "autre@sans-script.example");
        type("Mot de passe actuel", "Plateau2026");
        press("Valider");
        assertThat(errorSummary()).isNotEmpty();
        assertThat(field("Nouvelle adresse e-mail").getAttribute("value")).isEqualTo("caisse@sans-script.example");
        checkAccessibility("sans-javascript-adresse-mail-erreurs");
        type("Confirmation de la nouvelle adresse e-mail", "caisse@sans-script.example");
        type("Mot de passe actuel", "Plateau2026");
        press("Valider");
        assertThat(Browser.driver().findElements(By.cssSelector(".govuk-notification-banner"))).hasSize(1);
        assertThat(scriptRan()).isFalse();
        checkAccessibility("sans-javascript-adresse-mail-lien-envoye");
        assertThat(server.mailbox().awaitMailTo("caisse@sans-script.example").getSubject().toLowerCase(Locale.ROOT))
                .contains("adresse");
        press("Déconnexion");
        assertThat(heading()).isEqualTo("Vous êtes déconnecté");
    }
}
