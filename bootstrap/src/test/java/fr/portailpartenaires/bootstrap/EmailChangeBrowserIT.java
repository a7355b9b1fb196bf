package fr.portailpartenaires.bootstrap;

import static fr.portailpartenaires.bootstrap.Browser.checkAccessibility;
import static fr.portailpartenaires.bootstrap.Browser.errorOf;
import static fr.portailpartenaires.bootstrap.Browser.follow;
import static fr.portailpartenaires.bootstrap.Browser.heading;
import static fr.portailpartenaires.bootstrap.Browser.open;
import static fr.portailpartenaires.bootstrap.Browser.path;
import static fr.portailpartenaires.bootstrap.Browser.press;
import static fr.portailpartenaires.bootstrap.Browser.text;
import static fr.portailpartenaires.bootstrap.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * « Modifier mon adresse mail » in Chromium: Alex asks for a new address, follows the link the mail brings to the
 * new address, and only the button of that page confirms (opening the link changes nothing).
 */
@ExtendWith(Browser.class)
class EmailChangeBrowserIT {

    /** A portal whose clock the test moves (it stands still otherwise). */
    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().clockAt(java.time.Instant.parse("2026-11-23T09:00:00Z")).build();

    private static final Pattern LINK = Pattern.compile("(http://\\S+/compte/adresse-mail/confirmation\\?jeton=\\S+)");
    private static final String NEW = "alex7@nouveau.example";


    @Test
    void alex_changes_his_address_through_the_link_mailed_to_the_new_one() throws Exception {
        open(server.url() + "connexion");
        type("Identifiant", DemoData.PARTNER_ADMIN.login());
        type("Mot de passe", DemoData.PARTNER_ADMIN.password());
        press("Se connecter");
        follow("Modifier mon adresse mail");
        assertThat(heading()).isEqualTo("Modifier mon adresse mail");
        checkAccessibility("adresse-mail-vide");

        type("Nouvelle adresse e-mail", NEW);
        type("Confirmation de la nouvelle adresse e-mail", "autre@nouveau.example");
        type("Mot de passe actuel", "Mauvais123");
        press("Valider");
        assertThat(errorOf("Mot de passe actuel")).contains("Le mot de passe actuel est incorrect.");
        assertThat(Browser.field("Nouvelle adresse e-mail").getAttribute("value")).isEqualTo(NEW);
        checkAccessibility("adresse-mail-erreurs");

        type("Confirmation de la nouvelle adresse e-mail", NEW);
        type("Mot de passe actuel", DemoData.PARTNER_ADMIN.password());
        press("Valider");
        assertThat(path()).isEqualTo("/compte/adresse-mail");
        assertThat(Browser.driver().findElements(org.openqa.selenium.By.cssSelector(".govuk-notification-banner"))).hasSize(1);
        checkAccessibility("adresse-mail-lien-envoye");
        press("Déconnexion");

        Matcher link = LINK.matcher(GreenMailUtil.getBody(server.mailbox().awaitMailTo(NEW)).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).isTrue();
        // the mail's link names the configured address; the test server listens on a port of its own
        String confirmation = server.url() + link.group(1).replaceFirst("^http://[^/]+/", "");
        Browser.javaScript(false);
        open(confirmation);
        assertThat(heading()).isEqualTo("Confirmer ma nouvelle adresse e-mail");
        checkAccessibility("adresse-mail-confirmation");
        open(confirmation);
        press("Confirmer ma nouvelle adresse");
        assertThat(path()).isEqualTo("/compte/adresse-mail/confirmee");
        assertThat(text()).contains(NEW);
        checkAccessibility("adresse-mail-confirmee");

        open(confirmation);
        press("Confirmer ma nouvelle adresse");
        assertThat(Browser.driver().getTitle()).doesNotContain("Adresse e-mail modifiée");
    }

    @Test
    void a_link_opened_after_24_hours_leads_to_the_page_expired_and_changes_nothing() throws Exception {
        open(server.url() + "connexion");
        type("Identifiant", DemoData.PARTNER_ADMIN.login());
        type("Mot de passe", DemoData.PARTNER_ADMIN.password());
        press("Se connecter");
        follow("Modifier mon adresse mail");
        type("Nouvelle adresse e-mail", NEW);
        type("Confirmation de la nouvelle adresse e-mail", NEW);
        type("Mot de passe actuel", DemoData.PARTNER_ADMIN.password());
        press("Valider");
        press("Déconnexion");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(server.mailbox().awaitMailTo(NEW)).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).isTrue();
        String confirmation = server.url() + link.group(1).replaceFirst("^http://[^/]+/", "");

        server.clock().advance(java.time.Duration.ofHours(24));
        open(confirmation);
        press("Confirmer ma nouvelle adresse");
        assertThat(heading()).isEqualTo("Page expirée");
        assertThat(text()).contains("Ce lien de confirmation a expiré : refaites la demande de changement d'adresse e-mail.");
        checkAccessibility("erreur-410-lien-expire");
        assertThat(server.portal().infra().accounts().findByLogin("alex7").orElseThrow().email().value())
                .isEqualTo("alexandre.grizzi@cielbleu.example");
    }
}
