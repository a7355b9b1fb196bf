package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Enregistré" means kept: the service is killed with SIGKILL right after it answered a change (no shutdown hook,
 * nothing flushed), many times over; after each restart every change it had acknowledged is there. On the embedded
 * H2 file database (the default) and on PostgreSQL. See ADR 0014.
 */
class AcknowledgedWritesSurviveCrashIT {

    private static final int KILLS_ON_H2 = 20;
    private static final int KILLS_ON_POSTGRESQL = 2;

    @Test
    void on_the_embedded_h2_every_acknowledged_write_is_there_after_a_kill(@TempDir Path dataDir) {
        writeKillRestart(Map.of("PORTAIL_HTTP_PORT", "0", "PORTAIL_DATA_DIR", dataDir.toString()), KILLS_ON_H2);
    }

    @Test
    void on_postgresql_every_acknowledged_write_is_there_after_a_kill(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            writeKillRestart(Map.of("PORTAIL_HTTP_PORT", "0", "PORTAIL_DATA_DIR", dataDir.toString(),
                    "PORTAIL_DB_URL", postgres.getJdbcUrl("postgres", "postgres"), "PORTAIL_DB_USER", "postgres",
                    "PORTAIL_DEMO", "true"), KILLS_ON_POSTGRESQL);
        }
    }

    /**
     * Each round: restart, check every change acknowledged before the previous kills, change the partner's address
     * (200), create a user (201), kill at once.
     */
    private static void writeKillRestart(Map<String, String> settings, int kills) {
        List<String> acknowledgedUsers = new ArrayList<>();
        String acknowledgedStreet = null;
        List<String> lost = new ArrayList<>();
        List<Long> killedAfterMillis = new ArrayList<>();
        List<String> previousLife = List.of();
        // a first life ended cleanly: the database with its demo data
        ServiceProcess.start(settings).stop();
        for (int round = 0; round <= kills; round++) {
            ServiceProcess service = ServiceProcess.start(settings);
            try {
                PortalClient alex = new PortalClient(service.url());
                assertThat(alex.login(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password()).status())
                        .isEqualTo(200);
                List<String> present = logins(alex);
                for (String user : acknowledgedUsers) {
                    if (!present.contains(user)) {
                        lost.add("user " + user + " (kill " + round + ")");
                    }
                }
                acknowledgedUsers.retainAll(present);
                String street = street(alex);
                if (acknowledgedStreet != null && !acknowledgedStreet.equals(street)) {
                    lost.add("address " + acknowledgedStreet + " (kill " + round + ", read " + street + ")");
                }
                if (!lost.isEmpty() && lost.getLast().contains("(kill " + round)) {
                    System.out.println("Lost at kill " + round + "; the killed service's last lines:\n"
                            + String.join("\n", previousLife.subList(Math.max(0, previousLife.size() - 30),
                                    previousLife.size())));
                }
                if (round == kills) {
                    break;
                }
                String newStreet = "rue du Relais " + (round + 1);
                var moved = alex.put("/api/partenaire/adresse", Map.of("numero", "12", "typeEtLibelleVoie", newStreet,
                        "codePostal", "62000", "commune", "Arras"));
                assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
                acknowledgedStreet = newStreet;
                String login = "Survivant" + (round + 1);
                var created = alex.post("/api/partenaire/utilisateurs", user(login));
                long answeredAt = System.nanoTime();
                service.kill();
                killedAfterMillis.add((System.nanoTime() - answeredAt) / 1_000_000);
                assertThat(created.status()).as(created.raw()).isEqualTo(201);
                acknowledgedUsers.add(login);
            } finally {
                service.kill();
                previousLife = service.output();
            }
        }
        System.out.printf("%d kills (SIGKILL sent at once, process gone %d to %d ms after the 201);"
                + " acknowledged writes lost: %d of %d%n", kills,
                killedAfterMillis.stream().mapToLong(Long::longValue).min().orElseThrow(),
                killedAfterMillis.stream().mapToLong(Long::longValue).max().orElseThrow(), lost.size(), 2 * kills);
        assertThat(lost).as("acknowledged writes missing after a restart").isEmpty();
    }

    private static List<String> logins(PortalClient client) {
        JsonNode users = client.get("/api/partenaire/utilisateurs").body();
        return StreamSupport.stream(users.spliterator(), false).map(user -> user.path("login").asText()).toList();
    }

    private static String street(PortalClient client) {
        return client.get("/api/partenaire/fiche").body().path("adresse").path("typeEtLibelleVoie").asText();
    }

    private static Map<String, Object> user(String login) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("nom", "RELAIS");
        user.put("prenom", "Camille");
        user.put("login", login);
        user.put("telephone", "03 21 00 00 00");
        user.put("email", login.toLowerCase(java.util.Locale.ROOT) + "@cielbleu.example");
        user.put("administrateur", false);
        return user;
    }
}
