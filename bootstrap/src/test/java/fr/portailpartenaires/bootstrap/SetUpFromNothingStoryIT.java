package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real portal set up from nothing (spec §3.5), as an operator would: an empty embedded PostgreSQL without demo
 * data; the packaged jar's {@code admin} command, in a child JVM, creates the CARSAT Nord-Picardie administrator;
 * the service starts and mails them their temporary password; they log in, change it and import three signed
 * numbers by CSV (one of them the Habitat manual's 62739900); a visitor registers an ergothérapeute with it; the
 * caisse validates; the partner's administrator logs in with the password of the validation mail.
 */
class SetUpFromNothingStoryIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onPostgres().demoData(false).build();

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");
    private static final String NADIA_MAIL = "nadia.lefebvre@carsat-nordpicardie.example";
    private static final String LEA_MAIL = "lea62@ergo.example";

    private record Run(int status, String output) {
    }

    private Run adminCommandInAChildJvm(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "portail.jar");
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString(), "admin"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(server.databaseSettings());
        builder.environment().put("PORTAIL_DEMO", "false");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static String temporaryPassword(MimeMessage mail) throws Exception {
        Matcher matcher = TEMPORARY_PASSWORD.matcher(MailText.textPart(mail));
        assertThat(matcher.find()).as("a temporary password in the mail").isTrue();
        return matcher.group(1);
    }

    private static PortalClient loggedInAfterTheForcedChange(PortalClient client, String login, String temporary) {
        var first = client.login(login, temporary);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("changementMotDePasseRequis").asBoolean()).isTrue();
        var changed = client.post("/api/session/mot-de-passe", Map.of("motDePasseActuel", temporary,
                "nouveauMotDePasse", "Arras62000", "confirmation", "Arras62000"));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        client.rememberCsrf(changed);
        return client;
    }

    @Test
    void an_operator_sets_up_an_empty_portal_and_the_first_ergotherapeute_registers_and_logs_in() throws Exception {
        Run refused = adminCommandInAChildJvm(AdminCommand.CREATE_CAISSE_ADMINISTRATOR, "--caisse", "CARSAT-INCONNUE",
                "--identifiant", "NadiaL", "--nom", "LEFEBVRE", "--prenom", "Nadia", "--email", NADIA_MAIL);
        assertThat(refused.status()).as(refused.output()).isEqualTo(AdminCommand.REFUSED);
        assertThat(refused.output()).contains("--caisse : Cette caisse est inconnue");
        Run created = adminCommandInAChildJvm(AdminCommand.CREATE_CAISSE_ADMINISTRATOR, "--caisse",
                "CARSAT-NORD-PICARDIE", "--identifiant", "NadiaL", "--nom", "LEFEBVRE", "--prenom", "Nadia",
                "--email", NADIA_MAIL);
        assertThat(created.status()).as(created.output()).isEqualTo(AdminCommand.DONE);

        server.start();
        var nadia = loggedInAfterTheForcedChange(server.client(), "NadiaL",
                temporaryPassword(server.mailbox().awaitMailTo(NADIA_MAIL)));
        var imported = nadia.postRaw("/api/caisse/numeros-convention/import", "text/csv",
                ("code;typePartenaire;raisonSociale;dateDebut;dateFin\n"
                        + "62739900;PRESTATAIRE_ERGOTHERAPEUTE;Léa Mercier Ergothérapie;01/01/2025;\n"
                        + "CL19720812;STRUCTURE_EVALUATION;Association Soleil;01/01/2025;31/12/2030\n"
                        + "FP62757300;HABITAT;Habitat Plus;2025-01-01;\n").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.body().path("added").asInt()).isEqualTo(3);

        var lea = server.client();
        var registered = lea.post("/api/inscriptions", RegistrationForms.ergotherapeute(server, lea, "Lea62",
                "62739900", "PRESTATAIRE_ERGOTHERAPEUTE", "Léa Mercier Ergothérapie"));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String registration = null;
        for (JsonNode pending : nadia.get("/api/caisse/inscriptions").body()) {
            if ("Lea62".equals(pending.path("administrateurLogin").asText())) {
                registration = pending.path("id").asText();
                assertThat(pending.path("raisonSocialeAttendue").asText()).isEqualTo("Léa Mercier Ergothérapie");
            }
        }
        assertThat(registration).isNotNull();
        var validated = nadia.post("/api/caisse/inscriptions/" + registration + "/validation", "");
        assertThat(validated.status()).as(validated.raw()).isEqualTo(200);

        var leaAgain = loggedInAfterTheForcedChange(server.client(), "Lea62",
                temporaryPassword(server.mailbox().awaitMailTo(LEA_MAIL)));
        var partner = leaAgain.get("/api/partenaire");
        assertThat(partner.status()).as(partner.raw()).isEqualTo(200);
        assertThat(partner.text("nom")).isEqualTo("Léa Mercier Ergothérapie");
    }
}
