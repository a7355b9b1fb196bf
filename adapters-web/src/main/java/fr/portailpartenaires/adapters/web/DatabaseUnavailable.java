package fr.portailpartenaires.adapters.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Whether a request failed because the database could not be reached — stopped, restarting, or closing the
 * connection under it — rather than because of a bug: the service is then unavailable for a while (503 with
 * {@code Retry-After}), not broken (500). Recognised by the JDBC standard alone, whatever the pool or the driver: a
 * connection exception ({@code SQLTransientConnectionException}, which HikariCP throws when no connection came in
 * time, or SQLSTATE class {@code 08}), the server shutting down or starting ({@code 57P01}–{@code 57P03}), or too many
 * connections ({@code 53300}).
 */
final class DatabaseUnavailable {

    /** What the answer tells the client to wait before trying again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && unavailable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(String sqlState) {
        return sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03") || sqlState.equals("53300");
    }
}
