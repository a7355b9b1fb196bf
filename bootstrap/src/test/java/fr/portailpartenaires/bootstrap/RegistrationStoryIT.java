package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first end-to-end story over real HTTP against the running service (embedded H2 file database,
 * demo data), with the mails read from a real SMTP server (GreenMail): register → the caisse lists
 * and validates → mail with the temporary password → login → forced change → login with the new one.
 */
class RegistrationStoryIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().build();

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");

    /** The seed's form (Association Ciel Bleu's sister, to keep Ciel Bleu's demo data apart). */
    private Map<String, Object> form(PortalClient visitor, String login, String conventionCode) {
        JsonNode captcha = visitor.post("/api/captchas", "").body();
        Map<String, Object> adresse = new LinkedHashMap<>();
        adresse.put("numero", "107");
        adresse.put("complement", "B");
        adresse.put("typeEtLibelleVoie", "Esplanade de Madrid");
        adresse.put("codePostal", "62000");
        adresse.put("commune", "Arras");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("cguVersion", "2024-01");
        form.put("cguAcceptees", true);
        form.put("conventionDetenue", true);
        form.put("regime", "CNAV");
        form.put("caisse", "CARSAT-NORD-PICARDIE");
        form.put("codeConvention", conventionCode);
        form.put("typePartenaire", "STRUCTURE_EVALUATION");
        form.put("nomPartenaire", "Association Ciel Bleu Arras");
        form.put("siret", "12345678298741");
        form.put("telephone", "03.02.01.05.09");
        form.put("adresse", adresse);
        form.put("administrateur", new LinkedHashMap<>(Map.of("nom", "MARTIN", "prenom", "Mikaël", "login", login,
                "email", login.toLowerCase() + "@cielbleu.example", "telephone", "0302010509")));
        form.put("captchaId", captcha.path("id").asText());
        form.put("captcha", server.captchaAnswer());
        return form;
    }

    private String pendingIdFor(PortalClient caisse, String login) {
        for (JsonNode pending : caisse.get("/api/caisse/inscriptions").body()) {
            if (login.equals(pending.path("administrateurLogin").asText())) {
                return pending.path("id").asText();
            }
        }
        throw new AssertionError("No pending registration for " + login);
    }

    @Test
    void register_validate_mail_login_forced_change_login_again() throws Exception {
        var visitor = server.client();
        assertThat(visitor.get("/api/referentiel/regimes/CNAV/caisses").raw()).contains("CARSAT-NORD-PICARDIE");

        var registered = visitor.post("/api/inscriptions", form(visitor, "Martin37", "757301"));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.text("message"))
                .isEqualTo("Votre préinscription est terminée. Votre demande est en attente de validation par la caisse.");

        var caisse = server.client();
        assertThat(caisse.login(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password()).status()).isEqualTo(200);
        String registrationId = pendingIdFor(caisse, "Martin37");
        var validated = caisse.post("/api/caisse/inscriptions/" + registrationId + "/validation", "");
        assertThat(validated.status()).isEqualTo(200);
        assertThat(validated.text("loginAdministrateur")).isEqualTo("Martin37");

        MimeMessage mail = server.mailbox().awaitMailTo("martin37@cielbleu.example");
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).isNotBlank();
        assertThat(body).contains("Martin37");
        Matcher matcher = TEMPORARY_PASSWORD.matcher(MailText.textPart(mail));
        assertThat(matcher.find()).as("temporary password in the mail").isTrue();
        String temporary = matcher.group(1);

        var admin = server.client();
        var first = admin.login("martin37", temporary);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("changementMotDePasseRequis").asBoolean()).isTrue();
        var blocked = admin.get("/api/partenaire");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.text("detail")).contains("changer votre mot de passe");

        var changed = admin.post("/api/session/mot-de-passe", Map.of(
                "motDePasseActuel", temporary, "nouveauMotDePasse", "Arras62000", "confirmation", "Arras62000"));
        assertThat(changed.status()).isEqualTo(200);
        admin.rememberCsrf(changed);
        var partner = admin.get("/api/partenaire");
        assertThat(partner.status()).isEqualTo(200);
        assertThat(partner.text("nom")).isEqualTo("Association Ciel Bleu Arras");
        assertThat(partner.body().path("conventions").get(0).path("etat").asText()).isEqualTo("validée");
        assertThat(server.mailbox().awaitMailTo("martin37@cielbleu.example")).isNotNull();

        assertThat(admin.delete("/api/session").status()).isEqualTo(204);
        assertThat(admin.get("/api/partenaire").status()).isEqualTo(401);
        assertThat(admin.login("Martin37", temporary).status()).isEqualTo(401);
        var again = admin.login("Martin37", "Arras62000");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("changementMotDePasseRequis").asBoolean()).isFalse();
        assertThat(again.body().path("derniereConnexion").isNull()).isFalse();
        assertThat(server.portal().auditLog().verifyChain())
                .isInstanceOf(fr.portailpartenaires.application.shared.AuditLog.Intact.class);
    }

    @Test
    void a_visitor_who_cannot_read_the_image_registers_with_the_text_question() throws Exception {
        var visitor = server.client();
        var question = visitor.post("/api/captchas?type=question", "");
        assertThat(question.status()).isEqualTo(201);
        var matcher = java.util.regex.Pattern.compile("Combien font ([a-zé-]+) plus ([a-zé-]+) \\?")
                .matcher(question.text("question"));
        assertThat(matcher.matches()).as(question.raw()).isTrue();
        List<String> numbers = List.of("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf");
        int sum = numbers.indexOf(matcher.group(1)) + numbers.indexOf(matcher.group(2));
        Map<String, Object> form = form(visitor, "Question8", "757302");
        form.put("captchaId", question.text("id"));
        form.put("captcha", String.valueOf(sum));
        var registered = visitor.post("/api/inscriptions", form);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        form.put("captcha", String.valueOf(sum));
        assertThat(visitor.post("/api/inscriptions", form).body().path("errors").has("captcha"))
                .as("the question answers once").isTrue();
    }

    @Test
    void register_then_invalidation_mails_the_motif_to_the_requester() throws Exception {
        var visitor = server.client();
        assertThat(visitor.post("/api/inscriptions", form(visitor, "Solange778", "757302")).status()).isEqualTo(201);
        var caisse = server.client();
        caisse.login(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        String id = pendingIdFor(caisse, "Solange778");
        var invalidated = caisse.post("/api/caisse/inscriptions/" + id + "/invalidation",
                Map.of("motif", "Le SIRET ne correspond pas à la convention signée."));
        assertThat(invalidated.status()).isEqualTo(200);
        String text = MailText.textPart(server.mailbox().awaitMailTo("solange778@cielbleu.example"));
        assertThat(text).contains("Le SIRET ne correspond pas à la convention signée.").contains("ressaisir");
        assertThat(caisse.get("/api/caisse/inscriptions").raw()).doesNotContain("Solange778");
        assertThat(server.client().login("Solange778", "x").status()).isEqualTo(401);
    }

    @Nested
    class Bad_input_changes_nothing_and_sends_no_mail {

        private int mailsBefore;
        private String pendingBefore;
        private PortalClient caisse;

        @BeforeEach
        void snapshot() {
            mailsBefore = server.mailbox().received().length;
            caisse = server.client();
            caisse.login(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
            pendingBefore = caisse.get("/api/caisse/inscriptions").raw();
        }

        private void assertNothingChanged() throws InterruptedException {
            Thread.sleep(600);
            assertThat(caisse.get("/api/caisse/inscriptions").raw()).isEqualTo(pendingBefore);
            assertThat(server.mailbox().received()).hasSize(mailsBefore);
        }

        private PortalClient.Answer register(java.util.function.Consumer<Map<String, Object>> change) {
            var visitor = server.client();
            Map<String, Object> form = new HashMap<>(form(visitor, "Nadine42", "757303"));
            change.accept(form);
            return visitor.post("/api/inscriptions", form);
        }

        @Test
        void every_field_error_is_reported_at_once_in_french() throws Exception {
            var answer = register(form -> {
                form.remove("nomPartenaire");
                form.put("siret", "12345678998745");
                form.put("telephone", "12");
                form.put("adresse", Map.of("codePostal", "6200", "commune", "Arras"));
                form.put("administrateur", Map.of("nom", "MARTIN", "prenom", "Mikaël", "login", "Mikaël 37",
                        "email", "pas-un-mail", "telephone", "0302010509"));
            });
            assertThat(answer.status()).isEqualTo(400);
            JsonNode errors = answer.body().path("errors");
            assertThat(errors.path("nomPartenaire").get(0).asText()).isEqualTo("Le nom du partenaire est obligatoire.");
            assertThat(errors.path("siret").get(0).asText()).contains("clé de contrôle");
            assertThat(errors.path("telephone").get(0).asText()).contains("10 chiffres");
            assertThat(errors.path("adresse.codePostal").get(0).asText()).contains("5 chiffres");
            assertThat(errors.path("administrateur.login").get(0).asText()).contains("lettres sans accent");
            assertThat(errors.path("administrateur.email").get(0).asText()).contains("n'est pas valide");
            assertNothingChanged();
        }

        @Test
        void a_wrong_captcha_is_refused_and_must_be_typed_again() throws Exception {
            var answer = register(form -> form.put("captcha", "faux"));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().path("errors").path("captcha").get(0).asText()).contains("code de sécurité");
            assertNothingChanged();
        }

        @Test
        void a_login_already_taken_is_refused_without_saying_more() throws Exception {
            var answer = register(form -> form.put("administrateur", Map.of("nom", "GRIZZI", "prenom", "Alexandre",
                    "login", "ALEX7", "email", "autre@cielbleu.example", "telephone", "0302010509")));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().path("errors").path("administrateur.login").get(0).asText())
                    .isEqualTo("Cet identifiant est déjà utilisé : choisissez-en un autre.");
            assertNothingChanged();
        }

        @Test
        void a_caisse_of_another_regime_is_refused() throws Exception {
            var answer = register(form -> form.put("regime", "MSA"));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().path("errors").path("caisse").get(0).asText())
                    .isEqualTo("Cette caisse n'appartient pas au régime choisi.");
            assertNothingChanged();
        }

        @Test
        void a_caisse_administrator_of_another_caisse_cannot_validate() throws Exception {
            var visitor = server.client();
            assertThat(visitor.post("/api/inscriptions", form(visitor, "Gilles13", "757303")).status()).isEqualTo(201);
            pendingBefore = caisse.get("/api/caisse/inscriptions").raw();
            mailsBefore = server.mailbox().received().length;
            String id = pendingIdFor(caisse, "Gilles13");
            var other = server.client();
            other.login(DemoData.OTHER_CAISSE_ADMIN.login(), DemoData.OTHER_CAISSE_ADMIN.password());
            assertThat(other.get("/api/caisse/inscriptions").raw()).doesNotContain("Gilles13");
            var answer = other.post("/api/caisse/inscriptions/" + id + "/validation", "");
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.text("detail")).isEqualTo("Cette demande d'inscription est introuvable.");
            assertNothingChanged();
        }

        @Test
        void a_state_change_without_the_csrf_token_is_refused() throws Exception {
            var visitor = server.client();
            assertThat(visitor.post("/api/inscriptions", form(visitor, "Blandine5", "757303")).status()).isEqualTo(201);
            pendingBefore = caisse.get("/api/caisse/inscriptions").raw();
            mailsBefore = server.mailbox().received().length;
            String id = pendingIdFor(caisse, "Blandine5");
            caisse.forgetCsrf();
            var answer = caisse.post("/api/caisse/inscriptions/" + id + "/validation", "");
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.text("code")).isEqualTo("csrf.invalide");
            assertNothingChanged();
        }
    }
}
