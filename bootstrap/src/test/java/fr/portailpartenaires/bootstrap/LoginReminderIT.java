package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditLog;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * « Renvoi de l'identifiant » (spec §7) over real HTTP with the demo data, mails read from a real SMTP
 * server: Alex7, administrator of Association Ciel Bleu, has the portal mail Martin37 his login; Martin37,
 * who is not an administrator, is refused the same request.
 */
class LoginReminderIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().build();

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");

    @Test
    void an_administrator_has_a_users_login_mailed_to_them_and_a_plain_user_may_not() throws Exception {
        var alex = server.client();
        assertThat(alex.login(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password()).status()).isEqualTo(200);
        Map<String, Object> martin = new LinkedHashMap<>();
        martin.put("nom", "MARTIN");
        martin.put("prenom", "Mikael");
        martin.put("login", "Martin37");
        martin.put("email", "martin37@fr.fr");
        martin.put("administrateur", false);
        var created = alex.post("/api/partenaire/utilisateurs", martin);
        assertThat(created.status()).isEqualTo(201);
        String martinId = created.text("id");

        var resent = alex.post("/api/partenaire/utilisateurs/" + martinId + "/renvoi-identifiant", "");

        assertThat(resent.status()).isEqualTo(204);
        MimeMessage reminder = server.mailbox().awaitMail("martin37@fr.fr", "Rappel de votre identifiant",
                "Votre identifiant : Martin37");
        assertThat(MailText.textPart(reminder))
                .contains("À la demande de l'administrateur de « Association Ciel Bleu »")
                .doesNotContain("Mot de passe temporaire");
        var trail = server.portal().auditLog().recent(50).stream().map(AuditLog.Entry::event)
                .filter(event -> event.action().equals(AuditAction.LOGIN_REMINDER_SENT.code())).toList();
        assertThat(trail).singleElement().satisfies(event ->
                assertThat(event.target()).contains("user:" + martinId));

        // an unknown id, or one that is not an id, is not found
        assertThat(alex.post("/api/partenaire/utilisateurs/" + UUID.randomUUID() + "/renvoi-identifiant", "").status())
                .isEqualTo(404);
        assertThat(alex.post("/api/partenaire/utilisateurs/pas-un-id/renvoi-identifiant", "").status()).isEqualTo(404);

        // Martin37, once logged in, is not an administrator: refused
        PortalClient martinSession = firstLogin("Martin37", "Mikael2025");
        var refused = martinSession.post("/api/partenaire/utilisateurs/" + martinId + "/renvoi-identifiant", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(server.portal().auditLog().recent(50).stream().map(AuditLog.Entry::event)
                .filter(event -> event.action().equals(AuditAction.LOGIN_REMINDER_SENT.code()))).hasSize(1);
    }

    /** Reads Martin37's creation mail, logs in with its temporary password and changes it. */
    private PortalClient firstLogin(String login, String newPassword) throws Exception {
        String text = MailText.textPart(server.mailbox().awaitMail("martin37@fr.fr", "Création de votre compte",
                "Mot de passe temporaire : "));
        Matcher matcher = TEMPORARY_PASSWORD.matcher(text);
        assertThat(matcher.find()).as("temporary password in the mail").isTrue();
        String temporary = matcher.group(1);
        var client = server.client();
        assertThat(client.login(login, temporary).status()).isEqualTo(200);
        var changed = client.post("/api/session/mot-de-passe", Map.of("motDePasseActuel", temporary,
                "nouveauMotDePasse", newPassword, "confirmation", newPassword));
        assertThat(changed.status()).isEqualTo(200);
        client.rememberCsrf(changed);
        return client;
    }
}
