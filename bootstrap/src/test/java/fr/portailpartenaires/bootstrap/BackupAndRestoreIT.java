package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.portailpartenaires.application.shared.AuditLog;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The backup and restore of docs/operations.md, done for real on PostgreSQL with Debian's client tools: a portal with
 * data is dumped with {@code pg_dump --format=custom} while it runs, restored with {@code pg_restore} into an empty
 * database, and a portal started on the copy finds the accounts, the caisse's numbers and an intact audit trail.
 * The embedded PostgreSQL ships no client: without {@code pg_dump} the test says so and is skipped, except in CI
 * ({@code .ci/run} installs {@code postgresql-client}), where it fails.
 */
class BackupAndRestoreIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onPostgres().demoData(true).build();

    @TempDir
    Path backups;

    private static boolean present(String tool) {
        return Files.isExecutable(Path.of("/usr/bin", tool));
    }

    private static void run(Map<String, String> environment, String... command) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", String.join(" ", command), output).isZero();
    }

    @Test
    void a_dump_taken_while_the_portal_runs_restores_into_a_working_portal() throws Exception {
        boolean tools = present("pg_dump") && present("pg_restore");
        if (!tools && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("pg_dump/pg_restore absent while CI=true: apt-get install postgresql-client");
        }
        assumeTrue(tools, "pg_dump/pg_restore absent (/usr/bin): the backup test needs Debian's postgresql-client"
                + " (apt-get install postgresql-client); .ci/run installs it");
        Map<String, String> database = server.databaseSettings();
        var carsat = server.loggedIn(DemoData.CAISSE_ADMIN.login(), DemoData.CAISSE_ADMIN.password());
        assertThat(carsat.post("/api/caisse/numeros-convention", Map.of("code", "62739900", "typePartenaire",
                "PRESTATAIRE_ERGOTHERAPEUTE", "raisonSociale", "Léa Mercier Ergothérapie", "dateDebut", "2025-01-01"))
                .status()).isEqualTo(201);

        URI url = URI.create(database.get("PORTAIL_DB_URL").substring("jdbc:".length()));
        String name = url.getPath().substring(1);
        Map<String, String> client = Map.of("PGHOST", url.getHost(), "PGPORT", String.valueOf(url.getPort()),
                "PGUSER", database.get("PORTAIL_DB_USER"), "PGPASSWORD", database.get("PORTAIL_DB_PASSWORD"));
        Path dump = backups.resolve("portail.dump");
        run(client, "/usr/bin/pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + name);
        assertThat(dump).isNotEmptyFile();

        String copy = name + "_restauree";
        String admin = "jdbc:postgresql://" + url.getHost() + ":" + url.getPort() + "/postgres";
        try (var connection = DriverManager.getConnection(admin, database.get("PORTAIL_DB_USER"),
                database.get("PORTAIL_DB_PASSWORD")); var statement = connection.createStatement()) {
            statement.execute("create database " + copy);
        }
        List<String> restore = new ArrayList<>(List.of("/usr/bin/pg_restore", "--no-owner", "--exit-on-error",
                "--dbname=" + copy, dump.toString()));
        run(client, restore.toArray(String[]::new));

        PGSimpleDataSource restored = new PGSimpleDataSource();
        restored.setUrl("jdbc:postgresql://" + url.getHost() + ":" + url.getPort() + "/" + copy);
        restored.setUser(database.get("PORTAIL_DB_USER"));
        restored.setPassword(database.get("PORTAIL_DB_PASSWORD"));
        try (Portal portal = Portal.builder().dataSource(restored).backgroundJobs(false).build()) {
            assertThat(portal.infra().accounts().findByLogin(DemoData.PARTNER_ADMIN.login().toLowerCase()))
                    .isPresent();
            assertThat(portal.infra().referenceData().signedNumber(
                    fr.portailpartenaires.domain.reference.CaisseCode.of("CARSAT-NORD-PICARDIE"),
                    fr.portailpartenaires.domain.convention.ConventionCode.of("62739900"))).isPresent();
            assertThat(portal.auditLog().verifyChain()).isInstanceOf(AuditLog.Intact.class);
        }
    }
}
