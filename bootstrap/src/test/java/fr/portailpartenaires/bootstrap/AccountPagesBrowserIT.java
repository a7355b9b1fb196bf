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

import com.icegreen.greenmail.util.GreenMailUtil;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/**
 * The account's pages in Chromium, as the PPAS manual tells a person to use them (§1.1.2, §1.1.5): Accueil →
 * Connexion (errors first, then right) → Bienvenue → Changer mon mot de passe → Déconnexion; Mot de passe oublié →
 * the temporary password read in the mail → the first-login change. axe on every state reached.
 */
@ExtendWith(Browser.class)
class AccountPagesBrowserIT {

    @RegisterExtension
    static final PortalExtension server = PortalExtension.onH2().build();

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");
    private static final Pattern LAST_LOGIN = Pattern.compile(
            "Votre dernière connexion à ce service date du \\d{2}/\\d{2}/\\d{4} à \\d{2}h\\d{2}\\.");
    private static final String ALEX = DemoData.PARTNER_ADMIN.login();
    private static final String ALEX_EMAIL = "alexandre.grizzi@cielbleu.example";


    private static String url(String path) {
        return server.url() + path.substring(1);
    }

    private static void logIn(String login, String password) {
        open(url("/connexion"));
        type("Identifiant", login);
        type("Mot de passe", password);
        press("Se connecter");
    }

    @Test
    void alex_opens_the_portal_logs_in_after_a_mistake_changes_his_password_and_logs_out() {
        open(server.url());
        assertThat(heading()).isEqualTo("Portail Partenaires Action Sociale");
        assertThat(Browser.driver().getTitle()).isEqualTo("Accueil – Portail Partenaires Action Sociale");
        checkAccessibility("accueil");

        follow("Connexion");
        assertThat(path()).isEqualTo("/connexion");
        checkAccessibility("connexion-vide");

        press("Se connecter");
        assertThat(errorSummary()).containsExactly("L'identifiant est obligatoire.", "Le mot de passe est obligatoire.");
        assertThat(errorOf("Identifiant")).contains("L'identifiant est obligatoire.");
        assertThat(Browser.driver().getTitle()).startsWith("Erreur : Connexion");
        checkAccessibility("connexion-erreurs");

        type("Identifiant", ALEX);
        type("Mot de passe", "PasLeBon1!");
        press("Se connecter");
        assertThat(errorOf("Identifiant")).contains("Identifiant ou mot de passe incorrect.");
        assertThat(field("Identifiant").getAttribute("value")).isEqualTo(ALEX);
        assertThat(field("Mot de passe").getAttribute("value")).isEmpty();

        type("Mot de passe", DemoData.PARTNER_ADMIN.password());
        press("Se connecter");
        assertThat(path()).isEqualTo("/bienvenue");
        assertThat(heading()).startsWith("Bienvenue").endsWith("dans l'espace sécurisé Portail Partenaires Action Sociale");
        assertThat(Browser.link("Administration").getAttribute("href")).endsWith("/administration");
        assertThat(text()).contains("Connecté en tant que", "Déconnexion",
                "Par mesure de sécurité, vous serez déconnecté au bout de 30 minutes sans activité de consultation ou de saisie.");
        checkAccessibility("bienvenue");

        follow("Changer mon mot de passe");
        checkAccessibility("changer-mot-de-passe-vide");
        type("Mot de passe actuel", "PasLeBon1!");
        type("Nouveau mot de passe", "Neige2026");
        type("Confirmation du nouveau mot de passe", "Neige2027");
        press("Enregistrer");
        assertThat(errorOf("Mot de passe actuel")).contains("Le mot de passe actuel est incorrect.");
        assertThat(errorSummary()).hasSizeGreaterThanOrEqualTo(2);
        checkAccessibility("changer-mot-de-passe-erreurs");

        type("Mot de passe actuel", DemoData.PARTNER_ADMIN.password());
        type("Nouveau mot de passe", "Neige2026");
        type("Confirmation du nouveau mot de passe", "Neige2026");
        press("Enregistrer");
        assertThat(text()).contains("Votre mot de passe a été modifié avec succès.");
        checkAccessibility("changer-mot-de-passe-succes");

        press("Déconnexion");
        assertThat(heading()).isEqualTo("Vous êtes déconnecté");
        checkAccessibility("deconnexion");
        open(url("/bienvenue"));
        assertThat(path()).isEqualTo("/connexion");

        logIn(ALEX, "Neige2026");
        assertThat(text()).containsPattern(LAST_LOGIN);
        assertThat(text()).contains("Si vous n'êtes pas à l'origine de cette connexion");
        checkAccessibility("bienvenue-derniere-connexion");
        press("Déconnexion");
    }

    @Test
    void lea_forgot_her_password_gets_a_temporary_one_by_mail_and_must_change_it_at_login() throws Exception {
        open(url("/connexion"));
        follow("Mot de passe oublié ?");
        assertThat(heading()).isEqualTo("Mot de passe oublié");
        checkAccessibility("mot-de-passe-oublie-vide");

        press("Enregistrer");
        assertThat(errorSummary()).contains("L'identifiant est obligatoire.", "L'adresse e-mail est obligatoire.",
                "Recopiez le code de sécurité affiché dans l'image.");
        checkAccessibility("mot-de-passe-oublie-erreurs");

        type("Identifiant", DemoData.ERGOTHERAPEUTE.login());
        type("Adresse e-mail", "lea.mercier@ergo-flandres.example");
        type("Code de sécurité", server.captchaAnswer());
        press("Enregistrer");
        assertThat(path()).isEqualTo("/connexion");
        assertThat(text()).contains("un mot de passe temporaire vient d'être envoyé à cette adresse");
        checkAccessibility("mot-de-passe-oublie-envoye");

        Matcher temporary = TEMPORARY_PASSWORD.matcher(GreenMailUtil.getBody(
                server.mailbox().awaitMailTo("lea.mercier@ergo-flandres.example")));
        assertThat(temporary.find()).isTrue();
        logIn(DemoData.ERGOTHERAPEUTE.login(), temporary.group(1));
        assertThat(path()).isEqualTo("/compte/mot-de-passe");
        assertThat(heading()).isEqualTo("Choisir votre mot de passe");
        checkAccessibility("premier-mot-de-passe");
        open(url("/bienvenue"));
        assertThat(path()).isEqualTo("/compte/mot-de-passe");

        type("Mot de passe provisoire", temporary.group(1));
        type("Nouveau mot de passe", "Dunes2026");
        type("Confirmation du nouveau mot de passe", "Dunes2026");
        press("Enregistrer");
        assertThat(path()).isEqualTo("/bienvenue");
        assertThat(text()).contains("Votre mot de passe a été modifié avec succès.");
        press("Déconnexion");
    }

    /** Spec §10.1: the captcha's text alternative, a question a screen reader reads, chosen by a link by the image. */
    @Test
    void who_cannot_read_the_image_answers_a_question_in_words_instead() {
        open(url("/mot-de-passe-oublie"));
        follow("répondre à une question en texte à la place de l'image");
        String question = captchaLabel();
        assertThat(question).startsWith("Question de sécurité : Combien font ");
        assertThat(Browser.driver().findElements(org.openqa.selenium.By.cssSelector("img.portail-captcha"))).isEmpty();
        checkAccessibility("mot-de-passe-oublie-question");

        type(question, "douze mille");
        press("Enregistrer");
        assertThat(errorSummary()).contains("L'identifiant est obligatoire.",
                "La réponse à la question de sécurité est incorrecte : répondez à la nouvelle question.");
        assertThat(text()).doesNotContain("recopiez le nouveau code affiché");
        assertThat(captchaLabel()).as("a new question, still in text").startsWith("Question de sécurité : Combien font ");
        checkAccessibility("mot-de-passe-oublie-question-erreurs");

        type("Identifiant", ALEX);
        type("Adresse e-mail", "quelqu.un@exemple.org");
        type(captchaLabel(), sumInWords(captchaLabel()));
        press("Enregistrer");
        assertThat(path()).isEqualTo("/connexion");
        assertThat(text()).as("the same answer whatever the address: nothing tells whether it is Alex's")
                .contains("un mot de passe temporaire vient d'être envoyé à cette adresse");
        assertThat(server.portal().infra().accounts().findByLogin(ALEX.toLowerCase(java.util.Locale.ROOT)).orElseThrow())
                .as("a wrong address changed nothing: no temporary password to change")
                .extracting(account -> account.mustChangePassword()).isEqualTo(false);
    }

    private static String captchaLabel() {
        return Browser.driver().findElement(org.openqa.selenium.By.cssSelector("label[for=captcha]")).getText().strip();
    }

    /** The answer a person gives: « Combien font trois plus quatre ? » → « sept ». */
    private static String sumInWords(String question) {
        List<String> numbers = List.of("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit");
        Matcher matcher = Pattern.compile("Combien font ([a-zé-]+) plus ([a-zé-]+) \\?").matcher(question);
        assertThat(matcher.find()).as(question).isTrue();
        return numbers.get(numbers.indexOf(matcher.group(1)) + numbers.indexOf(matcher.group(2)));
    }

    @Test
    void after_five_wrong_passwords_the_account_waits_and_the_page_says_how_long() {
        String login = DemoData.OTHER_CAISSE_ADMIN.login();
        for (int i = 1; i <= 5; i++) {
            logIn(login, "Mauvais" + i);
            assertThat(text()).as("attempt %d", i).contains("Identifiant ou mot de passe incorrect.");
        }
        logIn(login, DemoData.OTHER_CAISSE_ADMIN.password());
        assertThat(heading()).isEqualTo("Trop de tentatives");
        assertThat(text()).contains("Réessayez dans 1 minute.");
        assertThat(text().split("Réessayez dans", -1)).as("the wait is said once").hasSize(2);
        assertThat(path()).isEqualTo("/connexion");
        checkAccessibility("erreur-429-trop-de-tentatives");
    }

    @Test
    void with_javascript_off_the_login_form_works_the_same_and_no_script_runs() {
        open(url("/connexion"));
        assertThat(Browser.scriptRan()).isTrue();
        Browser.javaScript(false);
        open(url("/connexion"));
        assertThat(Browser.scriptRan()).isFalse();
        press("Se connecter");
        assertThat(errorSummary()).contains("L'identifiant est obligatoire.");
        checkAccessibility("connexion-sans-javascript");
        type("Identifiant", DemoData.CAISSE_ADMIN.login());
        type("Mot de passe", DemoData.CAISSE_ADMIN.password());
        press("Se connecter");
        assertThat(path()).isEqualTo("/bienvenue");
        assertThat(text()).contains("Connecté en tant que administrateur de la caisse");
        assertThat(Browser.driver().findElements(org.openqa.selenium.By.linkText("Administration"))).isEmpty();
        assertThat(Browser.scriptRan()).isFalse();
        press("Déconnexion");
        assertThat(heading()).isEqualTo("Vous êtes déconnecté");
    }

    @Test
    void errors_are_pages_in_the_layout_for_a_browser_and_problem_json_for_the_api() throws Exception {
        open(url("/cette-page-n-existe-pas"));
        assertThat(heading()).isEqualTo("Page introuvable");
        checkAccessibility("erreur-404");

        open(url("/connexion"));
        Browser.driver().manage().addCookie(new Cookie(
                "portail_session", "une-session-qui-n-existe-plus"));
        open(url("/bienvenue"));
        assertThat(heading()).isEqualTo("Votre session a expiré");
        checkAccessibility("session-expiree");

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(url("/api/nexiste-pas")))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(URI.create(url("/connexion")))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=Alex7&motDePasse=CielBleu62")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("<html lang=\"fr\"", "Accès refusé", "jeton anti-falsification");
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("portail_session="));
    }
}
