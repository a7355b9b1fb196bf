package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator sets a portal up from nothing (spec §3.5) with the service's {@code admin} command, on an embedded H2
 * file database without demo data: the first CARSAT Nord-Picardie administrator is created while the service is
 * stopped, their mail leaves when it starts, and they log in with its temporary password. Refusals change nothing.
 */
class AdminCommandIT {

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");
    private static final Pattern PRINTED_PASSWORD = Pattern.compile("canal sûr : (\\S+)");

    @TempDir
    Path dataDir;

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().demoData(false).build();

    private record Run(int status, String output) {
    }

    private Run admin(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PortalConfig config = PortalConfig.from(Map.of("PORTAIL_DATA_DIR", dataDir.toString(), "PORTAIL_DEMO", "false"));
        int status = AdminCommand.run(config, List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private static String[] nadia(String login, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(AdminCommand.CREATE_CAISSE_ADMINISTRATOR,
                "--caisse", "CARSAT-NORD-PICARDIE", "--identifiant", login, "--nom", "LEFEBVRE", "--prenom", "Nadia",
                "--email", login.toLowerCase() + "@carsat-nordpicardie.example"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void the_first_administrator_is_created_on_an_empty_portal_mailed_at_the_start_and_logs_in() throws Exception {
        Run created = admin(nadia("NadiaL"));
        assertThat(created.status()).as(created.output()).isEqualTo(AdminCommand.DONE);
        assertThat(created.output()).contains("Administrateur créé : NadiaL (CARSAT Nord-Picardie",
                "aucun serveur SMTP");
        Matcher printed = PRINTED_PASSWORD.matcher(created.output());
        assertThat(printed.find()).isTrue();

        Run second = admin(nadia("PaulD"));
        assertThat(second.status()).isEqualTo(AdminCommand.REFUSED);
        assertThat(second.output()).contains("--caisse : Cette caisse a déjà un administrateur");
        Run refused = admin(AdminCommand.CREATE_CAISSE_ADMINISTRATOR, "--caisse", "CARSAT-INCONNUE", "--identifiant",
                "NadiaL", "--nom", "", "--prenom", "Nadia", "--email", "pas-une-adresse");
        assertThat(refused.status()).isEqualTo(AdminCommand.REFUSED);
        assertThat(refused.output()).contains("rien n'a été enregistré", "--caisse : Cette caisse est inconnue",
                "--identifiant : Cet identifiant est déjà utilisé", "--nom : Le nom est obligatoire.", "--email : ");
        assertThat(admin("creer-tout").status()).isEqualTo(AdminCommand.USAGE);
        assertThat(admin(nadia("Nadia2", "--force")).status()).isEqualTo(AdminCommand.USAGE);

        server.start(Map.of("PORTAIL_DATA_DIR", dataDir.toString()));
        MimeMessage mail = server.mailbox().awaitMailTo("nadial@carsat-nordpicardie.example");
        Matcher mailed = TEMPORARY_PASSWORD.matcher(MailText.textPart(mail));
        assertThat(mailed.find()).isTrue();
        assertThat(mailed.group(1)).isEqualTo(printed.group(1));
        assertThat(server.mailbox().received()).hasSize(1);

        var nadia = server.client();
        var first = nadia.login("NadiaL", mailed.group(1));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("changementMotDePasseRequis").asBoolean()).isTrue();
        var changed = nadia.post("/api/session/mot-de-passe", Map.of(
                "motDePasseActuel", mailed.group(1), "nouveauMotDePasse", "Arras62000", "confirmation", "Arras62000"));
        assertThat(changed.status()).isEqualTo(200);
        nadia.rememberCsrf(changed);
        assertThat(nadia.get("/api/caisse/conventions").status()).isEqualTo(200);
    }

    @Test
    void on_the_embedded_h2_it_says_to_stop_the_service_that_holds_the_file_and_changes_nothing() {
        ServiceProcess service = ServiceProcess.start(Map.of("PORTAIL_DATA_DIR", dataDir.toString(),
                "PORTAIL_DEMO", "false", "PORTAIL_HTTP_PORT", "0"));
        try {
            Run whileRunning = admin(nadia("NadiaL"));
            assertThat(whileRunning.status()).as(whileRunning.output()).isEqualTo(AdminCommand.UNAVAILABLE);
            assertThat(whileRunning.output()).contains("arrêtez-le, puis relancez la commande");
        } finally {
            service.stop();
        }
        Run afterwards = admin(nadia("NadiaL"));
        assertThat(afterwards.status()).as(afterwards.output()).isEqualTo(AdminCommand.DONE);
    }
}
