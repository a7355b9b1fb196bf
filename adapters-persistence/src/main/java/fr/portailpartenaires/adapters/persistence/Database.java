package fr.portailpartenaires.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * The portal's database: a {@link DataSource} (H2 or PostgreSQL), its schema migrated by Flyway
 * from {@code classpath:db/migration}, and the jOOQ {@link DSLContext} the adapters query it with.
 * The SQL dialect is read from the connection, so the same code serves both databases.
 */
public final class Database {

    private final DataSource dataSource;
    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final ThreadLocal<DSLContext> transaction = new ThreadLocal<>();

    private Database(DataSource dataSource, SQLDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.dsl = DSL.using(dataSource, dialect, new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false));
    }

    /** Wraps a data source whose schema is already up to date (migrate with {@link #migrate()}). */
    public static Database on(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Database(dataSource, dialectOf(dataSource));
    }

    /** Brings the schema up to date with the Flyway migrations of this module. */
    public MigrateResult migrate() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** The context outside any transaction (auto-commit); adapters use {@link #current()}. */
    public DSLContext dsl() {
        return dsl;
    }

    /** The context of the transaction open on this thread, or the auto-commit one. Every jOOQ adapter queries through it. */
    public DSLContext current() {
        DSLContext inTransaction = transaction.get();
        return inTransaction != null ? inTransaction : dsl;
    }

    /**
     * Runs the work in a transaction bound to this thread. Called inside a transaction already open, it joins it
     * at a savepoint (jOOQ's nested transaction): when the work throws, only what it wrote is rolled back before
     * the exception goes on.
     */
    public <T> T inTransaction(Supplier<T> work) {
        DSLContext outer = transaction.get();
        return (outer != null ? outer : dsl).transactionResult(configuration -> {
            transaction.set(configuration.dsl());
            try {
                return work.get();
            } finally {
                if (outer != null) {
                    transaction.set(outer);
                } else {
                    transaction.remove();
                }
            }
        });
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** True when the database answers a trivial query (readiness check). */
    public boolean isReachable() {
        try {
            return dsl.selectOne().fetchOne() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static SQLDialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            SQLDialect dialect = JDBCUtils.dialect(connection);
            return switch (dialect.family()) {
                case H2 -> SQLDialect.H2;
                case POSTGRES -> SQLDialect.POSTGRES;
                default -> throw new IllegalStateException("Unsupported database: " + dialect
                        + " (the portal runs on H2 or PostgreSQL)");
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to detect its dialect", e);
        }
    }
}
