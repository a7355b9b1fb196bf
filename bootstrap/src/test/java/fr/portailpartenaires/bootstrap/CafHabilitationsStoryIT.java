package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The CAF manual's story (« Mon Compte Partenaire », AFAS habilitations) over real HTTP on the CAF profile, with the
 * mails read from GreenMail: the Caf 132 formalises conventions; Stéphane BRUET ({@code ENF01302SM}) joins AFAS-HAB,
 * creates Gilles GARBAN … Olivia ROBINE ({@code ENF01302SN} … {@code SR}), puts them in AFAS-DEC and grants the
 * seed's roles; the approver waits for the CAF, which validates him and calls him for the declaration deadline.
 * Every refusal is a typed French error that changes nothing.
 */
class CafHabilitationsStoryIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().cafProfile().build();

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");
    private static final String CAF_MAILBOX = "afas.caf13@portail.example";

    /** Logs in and accepts the usage rules of the CAF profile when asked. */
    private PortalClient loggedIn(String login, String password) {
        var client = server.client();
        var answer = client.login(login, password);
        assertThat(answer.status()).as("login of " + login).isEqualTo(200);
        if (answer.body().path("acceptationReglesRequise").asBoolean()) {
            var accepted = client.post("/api/session/regles-utilisation",
                    Map.of("version", answer.text("versionReglesUtilisation")));
            assertThat(accepted.status()).isEqualTo(200);
            client.rememberCsrf(accepted);
        }
        return client;
    }

    /** Today in Paris, JJ/MM/AAAA. */
    private static String today() {
        return java.time.LocalDate.now(fr.portailpartenaires.domain.shared.BusinessTime.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static Map<String, Object> userForm(String nom, String prenom, String email) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("nom", nom);
        form.put("prenom", prenom);
        form.put("email", email);
        form.put("confirmationEmail", email);
        form.put("poste", "SEDENTAIRE");
        return form;
    }

    private static Map<String, Object> grant(String user, String role, String portee, String key, String item) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("utilisateur", user);
        form.put("role", role);
        form.put("aPartirDu", "2018-08-30");
        form.put("portee", portee);
        form.put(key, item == null ? List.of() : List.of(item));
        return form;
    }

    private static List<String> table(JsonNode result) {
        List<String> lines = new ArrayList<>();
        for (JsonNode section : result.path("sections")) {
            for (JsonNode line : section.path("lignes")) {
                lines.add(section.path("type").asText() + " : " + section.path("libelle").asText() + " | "
                        + line.path("role").asText() + " | " + line.path("nomUtilisateur").asText() + " | "
                        + line.path("debutAffiche").asText());
            }
        }
        return lines;
    }

    @Test
    void the_seed_story_from_the_caf_convention_to_the_deadline_call() throws Exception {
        // The CAF's back-office: the demo convention, and a new one formalised over HTTP.
        var caf = loggedIn(DemoData.CAF_ADMIN.login(), DemoData.CAF_ADMIN.password());
        JsonNode cafConventions = caf.get("/api/caf/conventions-afas").body();
        assertThat(cafConventions).hasSize(1);
        assertThat(cafConventions.get(0).path("cafPivot").asText()).isEqualTo("Caf 132");
        assertThat(cafConventions.get(0).path("dateOuverture").asText()).isEqualTo("2018-08-30");
        assertThat(cafConventions.get(0).path("etat").asText()).as("formalised by the demonstration's loader today")
                .isEqualTo("Validée le " + today());
        Map<String, Object> activity = Map.of("libelle", "Accueil de loisirs Les Salins", "type", "ALSH",
                "lieux", List.of("Les Salins"));
        Map<String, Object> newConvention = new LinkedHashMap<>();
        newConvention.put("libelle", "Centre Social Les Salins");
        newConvention.put("cafPivot", "Caf 132");
        newConvention.put("prefixeIdentifiant", "ENF01399");
        newConvention.put("partenaire", Map.of("nom", "Centre Social Les Salins", "telephone", "0442000001",
                "adresse", Map.of("codePostal", "13800", "commune", "Istres")));
        newConvention.put("administrateur", userForm("Salin", "Paule", "paule.salin@yopmail.com"));
        newConvention.put("activites", List.of(activity));
        var formalised = caf.post("/api/caf/conventions-afas", newConvention);
        assertThat(formalised.status()).isEqualTo(201);
        assertThat(formalised.text("statut")).isEqualTo("Ouvert");
        assertThat(formalised.text("etat")).startsWith("Validée le ");
        String salins = formalised.text("id");
        assertThat(caf.post("/api/caf/conventions-afas/" + salins + "/groupes", Map.of()).status()).isEqualTo(201);
        var twice = caf.post("/api/caf/conventions-afas/" + salins + "/groupes", Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("code")).isEqualTo("afas.groupes_existants");
        assertThat(MailText.textPart(server.mailbox().awaitMail("paule.salin@yopmail.com", "Création de votre compte")))
                .contains("Votre identifiant : ENF01399AA", "Mot de passe temporaire : ")
                .as("the CAF profile's mails are not signed by PPAS (issue 19, finding 8)")
                .contains("Administrateur Mon Compte Partenaire").doesNotContain("PPAS");

        // Stéphane BRUET sees his convention, alone, in no group yet.
        var bruet = loggedIn(DemoData.AFAS_ADMIN.login(), DemoData.AFAS_ADMIN.password());
        JsonNode conventions = bruet.get("/api/partenaire/conventions-afas?statut=Ouvert").body();
        assertThat(conventions).hasSize(1);
        JsonNode farandole = conventions.get(0);
        assertThat(farandole.path("libelle").asText()).isEqualTo("Centre Social La Farandole Istres");
        assertThat(farandole.path("partenaire").asText()).isEqualTo("Centre Social La Farandole Istres");
        assertThat(farandole.path("dateOuverture").asText()).isEqualTo("2018-08-30");
        assertThat(farandole.path("etat").asText()).isEqualTo("Validée le " + today());
        assertThat(farandole.path("actions").toString()).contains("Groupes", "Utilisateurs", "Détail de la convention",
                "Télécharger PDF");
        assertThat(bruet.get("/api/partenaire/conventions-afas?etat=valid%C3%A9e%20le%20" + today()).body()).hasSize(1);
        assertThat(bruet.get("/api/partenaire/conventions-afas?etat=Valid%C3%A9e%20le%2001/01/1999").body()).isEmpty();
        String base = "/api/partenaire/conventions-afas/" + farandole.path("id").asText();
        var pdf = download(DemoData.AFAS_ADMIN, base + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(caf.get(base + "/pdf").status()).isEqualTo(403);
        assertThat(bruet.get("/api/partenaire/conventions-afas?statut=Cl%C3%B4tur%C3%A9").body()).isEmpty();
        JsonNode detail = bruet.get(base).body();
        assertThat(detail.path("groupes").toString()).contains("AFAS-HABILITER", "AFAS-DECLARER", "2019-02-12");
        JsonNode escFarandole = detail.path("activites").get(0);
        assertThat(escFarandole.path("type").asText()).isEqualTo("ALSH");
        String activityId = escFarandole.path("id").asText();
        String placeFarandole = escFarandole.path("lieux").get(0).path("id").asText();
        String placeEclair = escFarandole.path("lieux").get(1).path("id").asText();
        JsonNode alone = bruet.get(base + "/utilisateurs").body();
        assertThat(alone).hasSize(1);
        String bruetId = alone.get(0).path("id").asText();
        assertThat(alone.get(0).path("identifiant").asText()).isEqualTo("ENF01302SM");

        // Not yet in AFAS-HAB: he may not grant roles; then he adds himself to AFAS-HAB.
        var early = bruet.post(base + "/habilitations", grant(bruetId, "APPROBATEUR", "ACTIVITES", "activites",
                activityId));
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.text("code")).isEqualTo("afas.responsable_habilitation_requis");
        var joined = bruet.post(base + "/appartenances", Map.of("utilisateur", bruetId, "groupe", "AFAS-HAB",
                "dateOuverture", "2018-08-30"));
        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.body().path("utilisateur").path("groupes").toString()).contains("AFAS-HAB");

        // The five users of the seed, each mailed their generated identifier, all in AFAS-DEC.
        String[][] seedUsers = {
            {"Garban", "Gilles", "gilles.garban132@yopmail.com", "ENF01302SN"},
            {"Guy", "Valérie", "valerie.guy132@yopmail.com", "ENF01302SO"},
            {"Bollie", "Nadine", "nadine.bollie132@yopmail.com", "ENF01302SP"},
            {"Rocu", "Blandine", "blandine.rocu132@yopmail.com", "ENF01302SQ"},
            {"Robine", "Olivia", "olivia.robine133@yopmail.com", "ENF01302SR"},
        };
        Map<String, String> ids = new LinkedHashMap<>();
        for (String[] user : seedUsers) {
            var created = bruet.post(base + "/utilisateurs", userForm(user[0], user[1], user[2]));
            assertThat(created.status()).as(user[0]).isEqualTo(201);
            assertThat(created.text("identifiant")).isEqualTo(user[3]);
            ids.put(user[0], created.text("id"));
            assertThat(bruet.post(base + "/appartenances", Map.of("utilisateur", created.text("id"),
                    "groupe", "AFAS-DEC")).status()).isEqualTo(201);
        }
        assertThat(MailText.textPart(server.mailbox().awaitMail("olivia.robine133@yopmail.com",
                "Création de votre compte")))
                .contains("Votre identifiant : ENF01302SR");
        List<String> listed = new ArrayList<>();
        bruet.get(base + "/utilisateurs").body().forEach(user -> listed.add(user.path("identifiant").asText() + " "
                + user.path("nom").asText() + " " + user.path("statut").asText()));
        assertThat(listed).containsExactly("ENF01302SR Robine Ouvert", "ENF01302SQ Rocu Ouvert",
                "ENF01302SP Bollie Ouvert", "ENF01302SO Guy Ouvert", "ENF01302SN Garban Ouvert",
                "ENF01302SM Bruet Ouvert");

        // Renvoi de l'identifiant, the partner administration's endpoint reused.
        assertThat(bruet.post("/api/partenaire/utilisateurs/" + ids.get("Guy") + "/renvoi-identifiant", "").status())
                .isEqualTo(204);
        assertThat(MailText.textPart(server.mailbox().awaitMail("valerie.guy132@yopmail.com",
                "Rappel de votre identifiant")))
                .contains("Votre identifiant : ENF01302SO");

        // Refusals are typed French errors and change nothing.
        String grants = base + "/habilitations?etat=ACTIF&etat=INACTIF&etat=HISTORIQUE";
        String usersBefore = bruet.get(base + "/utilisateurs").raw();
        String grantsBefore = bruet.get(grants).raw();
        var duplicate = bruet.post(base + "/utilisateurs", userForm("Autre", "Personne",
                "Gilles.Garban132@yopmail.com"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("code")).isEqualTo("afas.adresse_mail_deja_utilisee");
        var placeForFinances = bruet.post(base + "/habilitations", grant(ids.get("Rocu"),
                "FOURNISSEUR_DONNEES_FINANCIERES", "LIEUX", "lieux", placeFarandole));
        assertThat(placeForFinances.status()).isEqualTo(422);
        assertThat(placeForFinances.text("detail"))
                .isEqualTo("Seul le rôle Fournisseur de données d'activité peut être attribué sur des lieux d'implantation.");
        var emptyScope = bruet.post(base + "/habilitations", grant(ids.get("Robine"),
                "FOURNISSEUR_DONNEES_ACTIVITE", "LIEUX", "lieux", null));
        assertThat(emptyScope.status()).isEqualTo(422);
        assertThat(emptyScope.text("detail")).isEqualTo("La sélection d'au moins un lieu d'implantation est obligatoire.");
        var garban = garbanLoggedIn();
        var notManager = garban.post(base + "/habilitations", grant(ids.get("Garban"), "APPROBATEUR", "ACTIVITES",
                "activites", activityId));
        assertThat(notManager.status()).isEqualTo(403);
        assertThat(notManager.text("code")).isEqualTo("afas.responsable_habilitation_requis");
        assertThat(bruet.get(base + "/utilisateurs").raw()).isEqualTo(usersBefore);
        assertThat(bruet.get(grants).raw()).isEqualTo(grantsBefore);
        assertThat(bruet.get(grants).text("message")).isEqualTo("Aucun résultat correspondant au(x) critère(s) de recherche.");
        var missingState = bruet.get(base + "/habilitations");
        assertThat(missingState.status()).isEqualTo(400);
        assertThat(missingState.raw()).contains("Tous les champs marqués d'un astérisque (*) sont obligatoires");

        // Before any grant, « Non attribué » lists every role of the activity and the provider of each place.
        List<String> gaps = table(bruet.get(base + "/habilitations?etat=NON_ATTRIBUE").body());
        assertThat(gaps).hasSize(5);

        // The seed's grants.
        assertThat(bruet.post(base + "/habilitations", grant(ids.get("Rocu"), "FOURNISSEUR_DONNEES_FINANCIERES",
                "ACTIVITES", "activites", activityId)).status()).isEqualTo(201);
        var approver = bruet.post(base + "/habilitations", grant(ids.get("Garban"), "APPROBATEUR", "ACTIVITES",
                "activites", activityId));
        assertThat(approver.status()).isEqualTo(201);
        assertThat(approver.text("message")).isEqualTo("Les habilitations ont été créées avec succès.");
        assertThat(approver.body().path("enAttenteValidationCaf").asBoolean()).isTrue();
        assertThat(bruet.post(base + "/habilitations", grant(ids.get("Robine"), "FOURNISSEUR_DONNEES_ACTIVITE",
                "LIEUX", "lieux", placeFarandole)).status()).isEqualTo(201);
        assertThat(bruet.post(base + "/habilitations", grant(ids.get("Guy"), "FOURNISSEUR_DONNEES_ACTIVITE",
                "LIEUX", "lieux", placeEclair)).status()).isEqualTo(201);

        JsonNode table = bruet.get(base + "/habilitations?etat=ACTIF&etat=INACTIF&type=ALSH&lieux=oui").body();
        assertThat(table(table)).containsExactly(
                "Activité : ESC Farandole Istres | Fournisseur de données financières | Rocu Blandine | 30/08/2018",
                "Activité : ESC Farandole Istres | Approbateur | Garban Gilles | 30/08/2018*",
                "Lieu d'implantation : ESC Farandole Istres | Fournisseur de données d'activité | Robine Olivia | 30/08/2018",
                "Lieu d'implantation : ESC L'éclair | Fournisseur de données d'activité | Guy Valérie | 30/08/2018");
        assertThat(table.path("note").asText()).isEqualTo("(*) En attente de validation par votre CAF.");
        assertThat(bruet.get(base + "/habilitations?etat=NON_ATTRIBUE").body().path("sections")).isEmpty();

        // The CAF receives the request, validates the approver; he receives the call for the declaration deadline.
        assertThat(MailText.textPart(server.mailbox().awaitMail(CAF_MAILBOX, "Demande de validation d'approbateur")))
                .contains("Centre Social La Farandole Istres", "Approbateur : Garban Gilles (identifiant ENF01302SN)",
                        "Activités : ESC Farandole Istres", "À partir du : 30/08/2018");
        JsonNode pending = caf.get("/api/caf/demandes-validation").body();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).path("approbateur").asText()).isEqualTo("Garban Gilles");
        var validated = caf.post("/api/caf/conventions-afas/" + pending.get(0).path("convention").asText()
                + "/demandes-validation/" + pending.get(0).path("id").asText() + "/validation",
                Map.of("dateEcheance", "2018-09-30"));
        assertThat(validated.status()).isEqualTo(200);
        assertThat(validated.text("dateEcheance")).isEqualTo("2018-09-30");
        assertThat(MailText.textPart(server.mailbox().awaitMail("gilles.garban132@yopmail.com",
                "Appel d'échéance de déclaration")))
                .contains("Votre CAF (Caf 132) a validé votre habilitation d'approbateur",
                        "Date d'échéance de la déclaration : 30/09/2018");
        assertThat(table(bruet.get(base + "/habilitations?etat=ACTIF").body()))
                .contains("Activité : ESC Farandole Istres | Approbateur | Garban Gilles | 30/08/2018");
        assertThat(caf.get("/api/caf/demandes-validation").body()).isEmpty();
        assertThat(server.portal().auditLog().verifyChain())
                .isInstanceOf(fr.portailpartenaires.application.shared.AuditLog.Intact.class);
    }

    @Test
    void a_closed_user_is_refused_at_login_with_the_answer_of_a_wrong_password() throws Exception {
        var bruet = loggedIn(DemoData.AFAS_ADMIN.login(), DemoData.AFAS_ADMIN.password());
        String base = "/api/partenaire/conventions-afas/"
                + bruet.get("/api/partenaire/conventions-afas").body().get(0).path("id").asText();
        Map<String, Object> form = userForm("Garban", "Gilles", "gilles.garban132@yopmail.com");
        form.put("dateCloture", java.time.LocalDate.now(fr.portailpartenaires.domain.shared.BusinessTime.ZONE).toString());
        var created = bruet.post(base + "/utilisateurs", form);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("statut")).isEqualTo("Clôturé");
        Matcher matcher = TEMPORARY_PASSWORD.matcher(MailText.textPart(
                server.mailbox().awaitMail("gilles.garban132@yopmail.com", "Création de votre compte")));
        assertThat(matcher.find()).isTrue();

        var closed = server.client().login(created.text("identifiant"), matcher.group(1));
        var wrongPassword = server.client().login(created.text("identifiant"), "Mauvais#2018");
        assertThat(closed.status()).isEqualTo(401).isEqualTo(wrongPassword.status());
        assertThat(closed.text("code")).isEqualTo("connexion.identifiants_incorrects")
                .isEqualTo(wrongPassword.text("code"));
        assertThat(closed.text("detail")).isEqualTo("Identifiant ou mot de passe incorrect.")
                .isEqualTo(wrongPassword.text("detail"));
    }

    @Test
    void the_administrator_modifies_then_closes_a_user_who_loses_their_session_at_once() throws Exception {
        var bruet = loggedIn(DemoData.AFAS_ADMIN.login(), DemoData.AFAS_ADMIN.password());
        String base = "/api/partenaire/conventions-afas/"
                + bruet.get("/api/partenaire/conventions-afas").body().get(0).path("id").asText();
        var created = bruet.post(base + "/utilisateurs", userForm("Garban", "Gilles", "gilles.garban132@yopmail.com"));
        var guy = bruet.post(base + "/utilisateurs", userForm("Guy", "Valérie", "valerie.guy132@yopmail.com"));
        assertThat(guy.status()).isEqualTo(201);
        assertThat(created.status()).isEqualTo(201);
        String user = base + "/utilisateurs/" + created.text("id");
        var garban = garbanLoggedIn();
        assertThat(garban.get(base + "/utilisateurs").status()).isEqualTo(200);

        // « Modifier »: typed twice, a taken address refused, the identifier kept.
        Map<String, Object> changes = userForm("Garban-Roux", "Gilles", "gilles.roux@yopmail.com");
        changes.put("confirmationEmail", "gilles.rou@yopmail.com");
        changes.put("telephone", "0442000002");
        changes.put("confirmationTelephone", "0442000003");
        var mistyped = bruet.put(user, changes);
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.body().path("errors").path("confirmationEmail").get(0).asText())
                .isEqualTo("Les deux adresses mail saisies sont différentes.");
        assertThat(mistyped.body().path("errors").path("confirmationTelephone").get(0).asText())
                .isEqualTo("Les deux numéros de téléphone saisis sont différents.");
        var taken = bruet.put(user, userForm("Garban-Roux", "Gilles", "Valerie.Guy132@yopmail.com"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("code")).isEqualTo("afas.adresse_mail_deja_utilisee");
        changes.put("confirmationEmail", "gilles.roux@yopmail.com");
        changes.put("confirmationTelephone", "04 42 00 00 02");
        var modified = bruet.put(user, changes);
        assertThat(modified.status()).isEqualTo(200);
        assertThat(modified.text("identifiant")).isEqualTo("ENF01302SN");
        assertThat(modified.text("nom")).isEqualTo("Garban-Roux");
        assertThat(modified.text("email")).isEqualTo("gilles.roux@yopmail.com");
        assertThat(garban.put(user, changes).status()).as("not an administrator").isEqualTo(403);

        // « Supprimer »: closed today, Garban is out at once and can no longer log in.
        var past = bruet.post(user + "/cloture", Map.of("dateCloture", "2020-01-01"));
        assertThat(past.status()).isEqualTo(400);
        var closed = bruet.post(user + "/cloture", Map.of("dateCloture",
                java.time.LocalDate.now(fr.portailpartenaires.domain.shared.BusinessTime.ZONE).toString()));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("statut")).isEqualTo("Clôturé");
        assertThat(garban.get(base + "/utilisateurs").status()).isEqualTo(401);
        var again = server.client().login("ENF01302SN", "Garban#2018");
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.text("detail")).isEqualTo("Identifiant ou mot de passe incorrect.");
        assertThat(server.portal().auditLog().verifyChain())
                .isInstanceOf(fr.portailpartenaires.application.shared.AuditLog.Intact.class);
    }

    /** A binary answer (« Télécharger PDF ») for a session of its own. */
    private java.net.http.HttpResponse<byte[]> download(DemoData.DemoAccount account, String path) throws Exception {
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String root = server.url().endsWith("/") ? server.url().substring(0, server.url().length() - 1) : server.url();
        var login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"login\":\"" + account.login()
                        + "\",\"motDePasse\":\"" + account.password() + "\"}"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + path)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Gilles GARBAN's first login: the temporary password of his mail, changed for one of the CAF policy. */
    private PortalClient garbanLoggedIn() throws Exception {
        Matcher matcher = TEMPORARY_PASSWORD.matcher(MailText.textPart(
                server.mailbox().awaitMail("gilles.garban132@yopmail.com", "Création de votre compte")));
        assertThat(matcher.find()).isTrue();
        String temporary = matcher.group(1);
        var garban = server.client();
        assertThat(garban.login("ENF01302SN", temporary).status()).isEqualTo(200);
        var changed = garban.post("/api/session/mot-de-passe", Map.of("motDePasseActuel", temporary,
                "nouveauMotDePasse", "Garban#2018", "confirmation", "Garban#2018"));
        assertThat(changed.status()).isEqualTo(200);
        garban.rememberCsrf(changed);
        if (changed.body().path("acceptationReglesRequise").asBoolean()) {
            var accepted = garban.post("/api/session/regles-utilisation",
                    Map.of("version", changed.text("versionReglesUtilisation")));
            assertThat(accepted.status()).isEqualTo(200);
            garban.rememberCsrf(accepted);
        }
        return garban;
    }
}
