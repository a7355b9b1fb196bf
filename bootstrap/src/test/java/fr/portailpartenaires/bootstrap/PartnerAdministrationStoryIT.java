package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditLog;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed's own story of the « Utilisateurs » tab (PPAS manual, « La création des utilisateurs » and
 * « Modification des informations utilisateurs »), over real HTTP against the running service with the
 * demo data, mails read from a real SMTP server: Alex7 of Association Ciel Bleu creates MARTIN Mikael
 * ({@code Martin37}) and SOLEIL Solange ({@code Solange778}, administrator), who log in with their temporary
 * passwords; rights are granted and revoked; the partner always keeps an administrator.
 */
class PartnerAdministrationStoryIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().build();

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");
    private static final String ALEX_MAIL = "alexandre.grizzi@cielbleu.example";

    @Test
    void alex7_creates_martin37_and_solange778_who_take_over_the_administration() throws Exception {
        var alex = server.client();
        assertThat(alex.login(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password()).status()).isEqualTo(200);
        String alexId = idOf(alex, "Alex7");

        // an administrator cannot revoke their own right (tried before anyone else is administrator)
        var selfRevocation = alex.delete("/api/partenaire/utilisateurs/" + alexId + "/administrateur");
        assertThat(selfRevocation.status()).isEqualTo(422);
        assertThat(selfRevocation.text("detail")).isEqualTo("Vous ne pouvez pas retirer vos propres droits d'administration.");

        // « Créer utilisateur »: MARTIN Mikael, evaluator, not administrator; SOLEIL Solange, administrator
        var martinCreated = alex.post("/api/partenaire/utilisateurs", user("MARTIN", "Mikael", "Martin37",
                "martin37@fr.fr", false));
        assertThat(martinCreated.status()).isEqualTo(201);
        assertThat(martinCreated.text("login")).isEqualTo("Martin37");
        assertThat(martinCreated.body().path("administrateur").asBoolean()).isFalse();
        var solangeCreated = alex.post("/api/partenaire/utilisateurs", user("SOLEIL", "Solange", "Solange778",
                "solange778@fr.fr", true));
        assertThat(solangeCreated.status()).isEqualTo(201);
        String martinId = martinCreated.text("id");
        String solangeId = solangeCreated.text("id");

        // the table of the « Utilisateurs » tab: logins, names and status (the forgotten-login case)
        JsonNode table = alex.get("/api/partenaire/utilisateurs").body();
        assertThat(rows(table)).containsExactly("Alex7 GRIZZI Alexandre true", "Martin37 MARTIN Mikael false",
                "Solange778 SOLEIL Solange true");

        // each receives the creation mail with a temporary password, and must change it at first login
        PortalClient martin = firstLogin("martin37@fr.fr", "Martin37", "Mikael2025");
        PortalClient solange = firstLogin("solange778@fr.fr", "Solange778", "Solange2025");

        // a user who is not an administrator is refused the administration
        assertThat(martin.get("/api/partenaire/utilisateurs").status()).isEqualTo(403);

        // Alex7 grants Martin37 the administrator right; Martin37 is told by mail and may administer at once
        var granted = alex.post("/api/partenaire/utilisateurs/" + martinId + "/administrateur", "");
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.body().path("administrateur").asBoolean()).isTrue();
        assertThat(server.mailbox().awaitMail("martin37@fr.fr", "Notification de sécurité sur votre compte",
                "Les droits d'administrateur ont été accordés à votre compte Martin37")).isNotNull();
        assertThat(martin.get("/api/partenaire/utilisateurs").status()).isEqualTo(200);

        // deleting an administrator is refused until the right is revoked
        var deletion = alex.delete("/api/partenaire/utilisateurs/" + solangeId);
        assertThat(deletion.status()).isEqualTo(422);
        assertThat(deletion.text("detail"))
                .isEqualTo("Retirez d'abord les droits d'administration de cet utilisateur avant de le supprimer.");

        // Solange778 revokes Alex7's right: Alex7 is told by mail and refused the administration at once
        var revoked = solange.delete("/api/partenaire/utilisateurs/" + alexId + "/administrateur");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body().path("administrateur").asBoolean()).isFalse();
        assertThat(server.mailbox().awaitMail(ALEX_MAIL, "Notification de sécurité sur votre compte",
                "Les droits d'administrateur de votre compte Alex7 ont été retirés")).isNotNull();
        var refused = alex.get("/api/partenaire/utilisateurs");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).isEqualTo("Seul un administrateur du partenaire peut effectuer cette opération.");
        assertThat(alex.post("/api/partenaire/utilisateurs/" + alexId + "/administrateur", "").status()).isEqualTo(403);
        assertThat(alex.get("/api/partenaire").status()).as("still a user of the partner").isEqualTo(200);

        // Solange778 demotes then deletes Martin37, whose live session ends at once; she stays the last administrator
        assertThat(solange.delete("/api/partenaire/utilisateurs/" + martinId + "/administrateur").status()).isEqualTo(200);
        assertThat(solange.delete("/api/partenaire/utilisateurs/" + martinId).status()).isEqualTo(204);
        assertThat(martin.get("/api/partenaire").status()).isEqualTo(401);
        assertThat(server.client().login("Martin37", "Mikael2025").status()).isEqualTo(401);
        assertThat(solange.delete("/api/partenaire/utilisateurs/" + solangeId + "/administrateur").status()).isEqualTo(422);
        assertThat(solange.delete("/api/partenaire/utilisateurs/" + solangeId).status()).isEqualTo(422);
        assertThat(rows(solange.get("/api/partenaire/utilisateurs").body()))
                .containsExactly("Alex7 GRIZZI Alexandre false", "Solange778 SOLEIL Solange true");

        List<String> actions = new ArrayList<>();
        server.portal().auditLog().recent(100).forEach(entry -> actions.add(entry.event().action()));
        assertThat(actions).contains(AuditAction.USER_CREATED.code(), AuditAction.ADMIN_RIGHT_GRANTED.code(),
                AuditAction.ADMIN_RIGHT_REVOKED.code(), AuditAction.USER_DELETED.code());
        assertThat(server.portal().auditLog().verifyChain()).isInstanceOf(AuditLog.Intact.class);
    }

    @Test
    void alex7_modifies_the_partner_data_the_address_and_a_user_but_never_a_login() throws Exception {
        var alex = server.client();
        alex.login(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());

        var fiche = alex.get("/api/partenaire/fiche");
        assertThat(fiche.status()).isEqualTo(200);
        assertThat(fiche.text("nomPartenaire")).isEqualTo("Association Ciel Bleu");
        assertThat(fiche.body().path("adresse").path("typeEtLibelleVoie").asText()).isEqualTo("Esplanade de Madrid");

        var data = alex.put("/api/partenaire", Map.of("nomPartenaire", "Association Ciel Bleu",
                "siret", "12345678298741", "telephone", "03 02 01 05 09", "email", "contact@cielbleu.example"));
        assertThat(data.status()).isEqualTo(200);
        assertThat(data.text("email")).isEqualTo("contact@cielbleu.example");
        assertThat(alex.get("/api/partenaire").text("email")).isEqualTo("contact@cielbleu.example");

        var invalid = alex.put("/api/partenaire", Map.of("nomPartenaire", "", "siret", "123", "telephone", "12",
                "email", "pas-un-mail"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fieldNames(invalid.body().path("errors"))).containsExactlyInAnyOrder("nomPartenaire", "siret",
                "telephone", "email");

        var address = alex.put("/api/partenaire/adresse", Map.of("numero", "12", "typeEtLibelleVoie", "rue des Jardins",
                "codePostal", "62000", "commune", "Arras"));
        assertThat(address.status()).isEqualTo(200);
        assertThat(address.body().path("adresse").path("lignes").toString())
                .isEqualTo("[\"Association Ciel Bleu\",\"12 rue des Jardins\",\"62000 ARRAS\"]");

        String martinId = alex.post("/api/partenaire/utilisateurs", user("MARTIN", "Mikael", "Martin37",
                "martin37@fr.fr", false)).text("id");
        var renamed = alex.put("/api/partenaire/utilisateurs/" + martinId, Map.of("nom", "MARTIN", "prenom", "Mikaël",
                "telephone", "06 01 02 03 04", "email", "mikael.martin@fr.fr", "login", "Martin37"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.text("prenom")).isEqualTo("Mikaël");
        var loginChange = alex.put("/api/partenaire/utilisateurs/" + martinId, Map.of("nom", "MARTIN", "prenom", "Mikaël",
                "email", "mikael.martin@fr.fr", "login", "Martin38"));
        assertThat(loginChange.status()).isEqualTo(400);
        assertThat(loginChange.body().path("errors").path("login").get(0).asText())
                .isEqualTo("L'identifiant ne peut pas être modifié.");
        assertThat(rows(alex.get("/api/partenaire/utilisateurs").body())).contains("Martin37 MARTIN Mikaël false");

        var trail = server.portal().auditLog().recent(50).stream().map(AuditLog.Entry::event)
                .filter(event -> event.action().equals(AuditAction.PARTNER_UPDATED.code())).toList();
        assertThat(trail).singleElement().satisfies(event -> assertThat(event.details())
                .containsEntry("email.ancien", "(vide)").containsEntry("email.nouveau", "contact@cielbleu.example"));
    }

    private static Map<String, Object> user(String nom, String prenom, String login, String email, boolean admin) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("nom", nom);
        user.put("prenom", prenom);
        user.put("login", login);
        user.put("telephone", "03 21 00 00 00");
        user.put("email", email);
        user.put("administrateur", admin);
        return user;
    }

    private static String idOf(PortalClient client, String login) {
        for (JsonNode user : client.get("/api/partenaire/utilisateurs").body()) {
            if (login.equals(user.path("login").asText())) {
                return user.path("id").asText();
            }
        }
        throw new AssertionError("No user " + login);
    }

    private static List<String> rows(JsonNode table) {
        List<String> rows = new ArrayList<>();
        table.forEach(user -> rows.add(user.path("login").asText() + " " + user.path("nom").asText() + " "
                + user.path("prenom").asText() + " " + user.path("administrateur").asBoolean()));
        return rows;
    }

    private static List<String> fieldNames(JsonNode errors) {
        List<String> names = new ArrayList<>();
        errors.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Reads the creation mail, logs in with its temporary password, is held to change it, and changes it. */
    private PortalClient firstLogin(String mail, String login, String newPassword) throws Exception {
        MimeMessage creation = server.mailbox().awaitMail(mail, "Création de votre compte", "Mot de passe temporaire : ");
        String text = MailText.textPart(creation);
        assertThat(text).contains("Un compte vient de vous être créé sur le portail partenaires pour « Association Ciel Bleu ».")
                .contains("Votre identifiant vous sera communiqué par l'administrateur de votre structure.")
                .doesNotContain(login);
        Matcher matcher = TEMPORARY_PASSWORD.matcher(text);
        assertThat(matcher.find()).as("temporary password in the mail").isTrue();
        String temporary = matcher.group(1);

        var client = server.client();
        var first = client.login(login, temporary);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("changementMotDePasseRequis").asBoolean()).isTrue();
        assertThat(client.get("/api/partenaire").status()).isEqualTo(403);
        assertThat(client.get("/api/partenaire/utilisateurs").status()).isEqualTo(403);
        var changed = client.post("/api/session/mot-de-passe", Map.of("motDePasseActuel", temporary,
                "nouveauMotDePasse", newPassword, "confirmation", newPassword));
        assertThat(changed.status()).isEqualTo(200);
        client.rememberCsrf(changed);
        assertThat(client.get("/api/partenaire").status()).isEqualTo(200);
        return client;
    }
}
