package fr.portailpartenaires.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.JooqAuditLog;
import fr.portailpartenaires.application.shared.AuditLog;
import java.io.PrintStream;

/**
 * {@code java -jar portail.jar verifier-audit}: the operator checks that nobody edited, deleted or slipped
 * in an entry of the audit trail (spec §8.3), on the database the configuration names. It walks the
 * whole hash chain, reads only, migrates nothing, and answers by its exit code.
 */
final class AuditCommand {

    static final String NAME = "verifier-audit";

    /** The chain holds. */
    static final int INTACT = 0;
    /** The chain is broken: the first entry that does not hold is printed. */
    static final int BROKEN = 1;
    /** The database could not be read (unreachable, or no audit trail in it). */
    static final int UNREADABLE = 2;

    private AuditCommand() {
    }

    static int verify(PortalConfig config, PrintStream out) {
        if (config.jdbcUrl().isEmpty() && !java.nio.file.Files.exists(config.dataDir().resolve("portail.mv.db"))) {
            out.println("Vérification de la piste d'audit impossible : aucune base H2 dans "
                    + config.dataDir().toAbsolutePath().normalize() + " (PORTAIL_DATA_DIR).");
            return UNREADABLE;
        }
        try (HikariDataSource dataSource = config.jdbcUrl()
                .map(url -> DataSources.pool(url, config.dbUser(), config.dbPassword(), 1))
                .orElseGet(() -> DataSources.h2File(config.dataDir().resolve("portail")))) {
            AuditLog.ChainCheck check = new JooqAuditLog(Database.on(dataSource)).verifyChain();
            return switch (check) {
                case AuditLog.Intact intact -> {
                    out.println("Piste d'audit intègre : " + intact.entries() + " entrée(s) vérifiée(s) ("
                            + config.databaseDescription() + ").");
                    yield INTACT;
                }
                case AuditLog.Broken broken -> {
                    out.println("Piste d'audit ALTÉRÉE : première entrée en défaut n° " + broken.entryId() + " — "
                            + explanation(broken.reason()) + " (" + broken.reason() + ").");
                    yield BROKEN;
                }
            };
        } catch (RuntimeException e) {
            out.println("Vérification de la piste d'audit impossible (" + config.databaseDescription() + ") : "
                    + e.getMessage());
            return UNREADABLE;
        }
    }

    private static String explanation(AuditLog.Break reason) {
        return switch (reason) {
            case CONTENT_ALTERED -> "son contenu a été modifié après son écriture";
            case PREVIOUS_ENTRY_MISSING_OR_ALTERED -> "l'entrée qui la précède a été supprimée ou réécrite";
            case LATEST_ENTRIES_MISSING -> "les dernières entrées de la piste ont été supprimées";
            case ENTRY_OUTSIDE_CHAIN -> "elle a été ajoutée hors de la chaîne";
        };
    }
}
