package fr.portailpartenaires.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** HikariCP pools for the two supported databases. */
public final class DataSources {

    /** The H2 options the schema is written for (PostgreSQL compatibility, lower-case names). */
    public static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private DataSources() {
    }

    /** An in-memory H2 database that lives as long as the JVM (tests, demos). */
    public static HikariDataSource h2InMemory(String name) {
        return pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "", 4);
    }

    /** An H2 database stored in files under the given path prefix (the embedded default of the service). */
    public static HikariDataSource h2File(java.nio.file.Path pathPrefix) {
        return pool("jdbc:h2:file:" + pathPrefix.toAbsolutePath() + H2_OPTIONS, "sa", "", 8);
    }

    /** A pool on any JDBC URL (PostgreSQL in production). */
    public static HikariDataSource pool(String jdbcUrl, String user, String password, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maximumPoolSize);
        config.setPoolName("portail");
        return new HikariDataSource(config);
    }
}
