package fr.portailpartenaires.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** HikariCP pools for the two supported databases. */
public final class DataSources {

    /** The H2 options the schema is written for (PostgreSQL compatibility, lower-case names). */
    public static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /**
     * How many parsed statements H2 keeps per connection (its default is 8): a login runs about ten different ones,
     * a page more, and H2 parsed each again on every request once the eight were taken (issue 20's profile).
     */
    public static final String H2_STATEMENT_CACHE = ";QUERY_CACHE_SIZE=64";

    private DataSources() {
    }

    /** An in-memory H2 database that lives as long as the JVM (tests, demos). */
    public static HikariDataSource h2InMemory(String name) {
        return pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS + H2_STATEMENT_CACHE, "sa", "", 4);
    }

    /**
     * H2 file settings under which a commit is in the file when it returns, so that a killed process keeps every
     * change it acknowledged (ADR 0014). {@code WRITE_DELAY=0}: H2 writes each commit at once instead of up to 500 ms
     * later. {@code REUSE_SPACE=FALSE}: H2 2.5 may lose the commits it wrote into space freed inside the file after
     * a crash (they are not linked from the file header); appending only avoids that, and {@link #h2File} compacts
     * the file at each start instead.
     */
    public static final String H2_FILE_DURABILITY = ";WRITE_DELAY=0;REUSE_SPACE=FALSE";

    /**
     * An H2 database stored in files under the given path prefix (the embedded default of the service), compacted
     * first if it exists (it only grows while open, see {@link #H2_FILE_DURABILITY}); while the pool is open, its
     * {@link H2FileHousekeeping} keeps the store's chunks (and their metadata in the heap) bounded.
     */
    public static HikariDataSource h2File(Path pathPrefix) {
        String url = "jdbc:h2:file:" + pathPrefix.toAbsolutePath() + H2_OPTIONS + H2_FILE_DURABILITY
                + H2_STATEMENT_CACHE;
        if (Files.exists(Path.of(pathPrefix.toAbsolutePath() + ".mv.db"))) {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw new IllegalStateException("The H2 database " + pathPrefix + " cannot be opened: " + e.getMessage(),
                        e);
            }
        }
        return new HousekeptH2Pool(config(url, "sa", "", 8));
    }

    /** A pool on an H2 file database that runs its housekeeping while open and stops it when closed. */
    private static final class HousekeptH2Pool extends HikariDataSource {

        private final H2FileHousekeeping housekeeping;

        HousekeptH2Pool(HikariConfig config) {
            super(config);
            housekeeping = H2FileHousekeeping.start(this);
        }

        @Override
        public void close() {
            housekeeping.close();
            super.close();
        }
    }

    /**
     * How long a request waits for a connection before it fails (HikariCP's {@code connectionTimeout}, 30 s by
     * default). While the database is down no connection comes: the visitor is told at 5 s that the service is
     * unavailable (503) rather than kept 30 s, past a load balancer's patience, and the server's threads are not held
     * meanwhile. Up, the pool hands a connection in a few milliseconds, so 5 s only ever expires on an outage or an
     * overload.
     */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    /** A pool on any JDBC URL (PostgreSQL in production). */
    public static HikariDataSource pool(String jdbcUrl, String user, String password, int maximumPoolSize) {
        return new HikariDataSource(config(jdbcUrl, user, password, maximumPoolSize));
    }

    private static HikariConfig config(String jdbcUrl, String user, String password, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maximumPoolSize);
        config.setPoolName("portail");
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        return config;
    }
}
