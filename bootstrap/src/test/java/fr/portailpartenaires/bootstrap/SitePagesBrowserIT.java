package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.bootstrap.Browser.checkAccessibility;
import static fr.portailpartenaires.bootstrap.Browser.path;
import static fr.portailpartenaires.bootstrap.Browser.press;
import static fr.portailpartenaires.bootstrap.Browser.type;
import static fr.portailpartenaires.bootstrap.Browser.follow;
import static fr.portailpartenaires.bootstrap.Browser.heading;
import static fr.portailpartenaires.bootstrap.Browser.open;
import static fr.portailpartenaires.bootstrap.Browser.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages of information, reached from the footer and the plan du site, each checked with axe; the CAF profile's
 * name and its security notice on Connexion; the assets' cache headers and compression.
 */
@ExtendWith(Browser.class)
class SitePagesBrowserIT {

    /** The PPAS portal the pages are read on (one for the class: the tests only read, or send a contact message). */
    @RegisterExtension
    static final PortalExtension server = PortalExtension.onH2().build();
    /** The CAF profile's portal, started by the one test that opens it. */
    @RegisterExtension
    static final PortalExtension caf = PortalExtension.onH2().setting("PORTAIL_PROFIL", "CAF").build();

    @Test
    void every_page_of_the_plan_du_site_opens_in_the_layout_with_its_own_title_and_no_axe_violation() {
        {
            open(server.url());
            follow("Plan du site");
            checkAccessibility("plan-du-site");
            List<String> links = Browser.driver().findElements(By.cssSelector("main a")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            assertThat(links).hasSizeGreaterThanOrEqualTo(14);
            List<String> titles = new java.util.ArrayList<>();
            for (String link : links) {
                open(link);
                assertThat(Browser.driver().findElements(By.tagName("h1"))).as(link).hasSize(1);
                assertThat(text()).as(link).doesNotContain("Page introuvable");
                titles.add(Browser.driver().getTitle());
                checkAccessibility("page-" + URI.create(link).getPath().replace('/', '-'));
            }
            assertThat(titles).doesNotHaveDuplicates();
            open(server.url() + "cgu");
            assertThat(text()).contains("Version 2024-01");
        }
    }

    @Test
    void les_actualites_list_the_articles_newest_first_and_each_opens_on_its_own_page() {
        open(server.url());
        follow("Les actualités");
        List<String> titles = Browser.driver().findElements(By.cssSelector("main h2 a")).stream()
                .map(link -> link.getText().strip()).toList();
        assertThat(titles).containsExactly("Ouverture du portail partenaires", "Les bordereaux de paiement en trois formats");
        assertThat(text()).contains("Publié le 20/11/2026", "Publié le 05/10/2026");
        checkAccessibility("actualites");

        follow("Ouverture du portail partenaires");
        assertThat(Browser.path()).isEqualTo("/actualites/ouverture-du-portail");
        assertThat(Browser.heading()).isEqualTo("Ouverture du portail partenaires");
        assertThat(Browser.driver().getTitle()).startsWith("Ouverture du portail partenaires");
        assertThat(text()).contains("Pour commencer", "faites sa pré-inscription");
        checkAccessibility("actualite");
        follow("pré-inscription");
        assertThat(Browser.path()).isEqualTo("/inscription");

        open(server.url() + "actualites/n-existe-pas");
        assertThat(text()).contains("Page introuvable");
    }

    @Test
    void on_the_caf_profile_the_portal_is_mon_compte_partenaire_and_connexion_shows_the_security_notice() {
        {
            open(caf.url() + "connexion");
            assertThat(Browser.driver().getTitle()).isEqualTo("Connexion – Mon Compte Partenaire");
            assertThat(text()).contains("Ce service professionnel est réservé aux seules personnes habilitées.",
                    "loi Godfrain", "Ne partagez jamais votre identifiant et votre mot de passe");
            checkAccessibility("caf-connexion");
            follow("Identifiant oublié ?");
            assertThat(text()).contains("L'administrateur de votre structure peut vous le renvoyer");
            checkAccessibility("caf-identifiant-oublie");
            open(caf.url() + "regles-usage");
            assertThat(heading()).isEqualTo("Règles d'usage");
            WebElement current = Browser.driver().findElement(By.cssSelector("[aria-current=page]"));
            assertThat(current.getText()).isEqualTo("Règles d'usage");
        }
    }

    /** Spec §2.2 on the CAF profile: the usage rules are accepted at the first login, before any other page. */
    @Test
    void on_the_caf_profile_bruet_accepts_the_usage_rules_at_his_first_login_and_is_not_asked_again() {
        open(caf.url() + "connexion");
        type("Identifiant", DemoData.AFAS_ADMIN.login());
        type("Mot de passe", DemoData.AFAS_ADMIN.password());
        press("Se connecter");
        assertThat(path()).isEqualTo("/compte/regles-usage");
        assertThat(heading()).isEqualTo("Accepter les règles d'usage");
        assertThat(text()).contains("Ce service professionnel est réservé aux seules personnes habilitées.");
        checkAccessibility("caf-accepter-regles-usage");

        open(caf.url() + "bienvenue");
        assertThat(path()).as("no other page before the rules are accepted").isEqualTo("/compte/regles-usage");
        open(caf.url() + "compte/mot-de-passe");
        assertThat(path()).isEqualTo("/compte/regles-usage");

        Browser.javaScript(false);
        open(caf.url() + "compte/regles-usage");
        assertThat(Browser.scriptRan()).isFalse();
        press("J'accepte les règles d'usage");
        assertThat(path()).as("the form works without JavaScript").isEqualTo("/bienvenue");
        Browser.javaScript(true);
        assertThat(heading()).startsWith("Bienvenue");
        checkAccessibility("caf-bienvenue");
        press("Déconnexion");

        open(caf.url() + "connexion");
        type("Identifiant", DemoData.AFAS_ADMIN.login());
        type("Mot de passe", DemoData.AFAS_ADMIN.password());
        press("Se connecter");
        assertThat(path()).as("accepted once, not asked again").isEqualTo("/bienvenue");
        open(caf.url() + "compte/regles-usage");
        assertThat(path()).isEqualTo("/bienvenue");
        press("Déconnexion");
    }

    @Test
    void a_visitor_writes_to_the_assistance_from_the_footer_s_contact_link_errors_first() throws Exception {
        {
            open(server.url());
            follow("Contact");
            assertThat(heading()).isEqualTo("Nous contacter");
            checkAccessibility("contact-vide");
            Browser.press("Envoyer");
            assertThat(Browser.errorSummary()).contains("Le numéro de convention est obligatoire.",
                    "Le nom est obligatoire.", "L'adresse e-mail est obligatoire.", "Le téléphone est obligatoire.",
                    "Le message est obligatoire.");
            checkAccessibility("contact-erreurs");
            Browser.type("N° de convention", "757300");
            Browser.type("Institution (facultatif)", "Aide et Répit");
            Browser.type("Département (facultatif)", "62");
            Browser.type("Nom", "MARTIN");
            Browser.type("Prénom (facultatif)", "Claire");
            Browser.type("Adresse e-mail", "claire.martin@aide-repit.example");
            Browser.type("Téléphone", "03 02 01 05 09");
            Browser.field("Problème d'accès à l'espace abonné ou à vos rubriques").click();
            Browser.type("Texte", "Je ne reçois pas le courriel de mon mot de passe provisoire.");
            Browser.type("Code de sécurité", server.captchaAnswer());
            Browser.press("Envoyer");
            assertThat(text()).contains("Votre message a bien été transmis à l'assistance du portail.");
            checkAccessibility("contact-envoye");
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            while (server.mailbox().received().length == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(server.mailbox().received()).anySatisfy(mail -> {
                assertThat(mail.getSubject()).contains("Problème d'accès à l'espace abonné ou à vos rubriques");
                assertThat(MailText.textPart(mail)).contains("757300", "Aide et Répit", "Claire MARTIN",
                        "03 02 01 05 09");
            });
        }
    }

    @Test
    void assets_are_versioned_cached_a_year_and_gzipped_and_pages_pass_a_strict_csp() throws Exception {
        {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(server.url()))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline"));
            assertThat(home.body()).doesNotContain("<style", "style=\"", "onclick", "<script>");
            java.util.regex.Matcher css = java.util.regex.Pattern
                    .compile("href=\"(/assets/govuk-frontend-5\\.14\\.0-[0-9a-f]{12}\\.css)\"").matcher(home.body());
            assertThat(css.find()).isTrue();
            HttpResponse<byte[]> asset = client.send(HttpRequest.newBuilder(URI.create(server.url() + css.group(1).substring(1)))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(asset.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(asset.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(asset.body().length).isLessThan(20_000);
            String plain = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(asset.body()))
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(plain).contains(".govuk-header").doesNotContain("GDS Transport", "govuk-crest", "@font-face");
        }
    }
}
