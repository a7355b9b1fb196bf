package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditLog;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * « Modifier mon adresse mail » over real HTTP with the demo data, mails read from a real SMTP server: Alex7
 * asks for a new address, confirms with the token mailed to it, and the old address is told; the token then
 * no longer works.
 */
class EmailChangeIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().build();

    private static final Pattern TOKEN = Pattern.compile("Code de confirmation : (\\S+)");
    private static final String OLD = "alexandre.grizzi@cielbleu.example";
    private static final String NEW = "alex7@nouveau.example";

    @Test
    void alex7_changes_his_address_with_the_link_mailed_to_the_new_one_and_the_old_one_is_told() throws Exception {
        var alex = server.client();
        assertThat(alex.login(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password()).status()).isEqualTo(200);

        var wrong = alex.post("/api/compte/adresse-mail", Map.of("nouvelleAdresse", NEW, "confirmation", NEW,
                "motDePasse", "Mauvais123"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().path("errors").path("motDePasse").get(0).asText())
                .isEqualTo("Le mot de passe actuel est incorrect.");

        var requested = alex.post("/api/compte/adresse-mail", Map.of("nouvelleAdresse", NEW, "confirmation", NEW,
                "motDePasse", DemoData.PARTNER_ADMIN.password()));
        assertThat(requested.status()).isEqualTo(202);
        String text = MailText.textPart(server.mailbox().awaitMail(NEW, "Confirmez votre nouvelle adresse e-mail",
                "Code de confirmation"));
        Matcher matcher = TOKEN.matcher(text);
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);
        assertThat(text).contains("/compte/adresse-mail/confirmation?jeton=" + token);

        // not yet changed: the users' table still shows the old address
        assertThat(alex.get("/api/partenaire/utilisateurs").body().get(0).path("email").asText()).isEqualTo(OLD);

        var confirmed = server.client().post("/api/compte/adresse-mail/confirmation",
                Map.of("jeton", token));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.text("email")).isEqualTo(NEW);
        assertThat(server.mailbox().awaitMail(OLD, "Notification de sécurité sur votre compte",
                "L'adresse e-mail de votre compte Alex7 a été remplacée")).isNotNull();
        assertThat(alex.get("/api/partenaire/utilisateurs").body().get(0).path("email").asText()).isEqualTo(NEW);

        var again = server.client().post("/api/compte/adresse-mail/confirmation", Map.of("jeton", token));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.text("detail")).isEqualTo("Ce lien de confirmation n'est pas valide ou a déjà servi.");

        var actions = server.portal().auditLog().recent(50).stream().map(AuditLog.Entry::event)
                .map(event -> event.action()).toList();
        assertThat(actions).contains(AuditAction.EMAIL_CHANGE_REQUESTED.code(), AuditAction.EMAIL_CHANGED.code());
    }

    @Test
    void without_a_session_the_request_is_refused() {
        var visitor = server.client();
        assertThat(visitor.post("/api/compte/adresse-mail", Map.of("nouvelleAdresse", NEW, "confirmation", NEW,
                "motDePasse", "x")).status()).isIn(401, 403);
    }
}
