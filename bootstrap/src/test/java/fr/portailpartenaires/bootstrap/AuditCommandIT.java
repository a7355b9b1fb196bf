package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.persistence.DataSources;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar portail.jar verifier-audit}: OK and 0 on an intact trail, the first broken entry and 1 after tampering. */
class AuditCommandIT {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int verify(PortalConfig config) {
        printed.reset();
        return AuditCommand.verify(config, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void an_intact_trail_is_ok_and_a_tampered_row_is_named_with_exit_code_one() throws Exception {
        var config = PortalConfig.from(Map.of("PORTAIL_HTTP_PORT", "0", "PORTAIL_DATA_DIR", dataDir.toString()));
        long entries;
        try (PortalServer server = PortalServer.start(config)) {
            new PortalClient(server.url()).login(DemoData.PARTNER_ADMIN.login(), "Mauvais123");
            new PortalClient(server.url()).login(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());
            // the demonstration's loading, then the two logins
            entries = ((fr.portailpartenaires.application.shared.AuditLog.Intact) server.portal().auditLog().verifyChain())
                    .entries();
        }

        assertThat(verify(config)).isEqualTo(AuditCommand.INTACT);
        assertThat(printed()).startsWith("Piste d'audit intègre : " + entries + " entrée(s) vérifiée(s)");

        long tampered;
        try (var dataSource = DataSources.h2File(dataDir.resolve("portail"));
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet first = statement.executeQuery("select min(id) from audit_event where action = 'LOGIN_FAILED'")) {
                first.next();
                tampered = first.getLong(1);
            }
            statement.executeUpdate("update audit_event set source_address = '203.0.113.66' where id = " + tampered);
        }

        assertThat(verify(config)).isEqualTo(AuditCommand.BROKEN);
        assertThat(printed()).contains("Piste d'audit ALTÉRÉE : première entrée en défaut n° " + tampered,
                "son contenu a été modifié", "CONTENT_ALTERED");
    }

    @Test
    void without_a_database_the_check_is_impossible_and_says_so_with_exit_code_two() {
        var config = PortalConfig.from(Map.of("PORTAIL_DATA_DIR", dataDir.resolve("vide").toString()));

        assertThat(verify(config)).isEqualTo(AuditCommand.UNREADABLE);
        assertThat(printed()).contains("aucune base H2");
    }
}
