package fr.portailpartenaires.adapters.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Query;
import org.jooq.Param;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.TooManyRowsException;
import org.jooq.impl.DSL;

/**
 * A query of a hot path (every authenticated request or every login runs it), written with the type-safe DSL but
 * rendered to SQL only once, for the database's dialect; each run then only binds its values
 * (in the order of the DSL's {@code DSL.param(…)} placeholders) and maps the columns back to the
 * same typed fields. Rendering a jOOQ query costs more CPU than H2 takes to answer it (ADR 0012).
 */
public final class RenderedQuery {

    private final String sql;
    private final Field<?>[] fields;

    private RenderedQuery(String sql, Field<?>[] fields) {
        this.sql = sql;
        this.fields = fields;
    }

    /** Renders the query with the database's dialect and settings; its parameters become {@code ?}. */
    public static RenderedQuery of(Database database, Select<?> query) {
        Objects.requireNonNull(query, "query");
        return new RenderedQuery(database.dsl().render(query), query.getSelect().toArray(Field<?>[]::new));
    }

    /** Renders a statement that answers no rows (an update, a delete), to be run with {@link #execute}. */
    public static RenderedQuery ofStatement(Database database, Query statement) {
        Objects.requireNonNull(statement, "statement");
        return new RenderedQuery(database.dsl().render(statement), new Field<?>[0]);
    }

    /**
     * Renders the insert of one row into these columns, each bound by {@link #execute} to the value at its place
     * (the hot paths' inserts: a login's session, an audit entry).
     */
    public static RenderedQuery ofInsert(Database database, Table<?> table, TableField<?, ?>... columns) {
        return ofStatement(database, database.dsl().insertInto(table).columns(columns)
                .values(Arrays.stream(columns).map(column -> DSL.param(column.getName(), column)).toList()));
    }

    /**
     * Runs the rendered statement with these values on the context's connection (a transaction's, or auto-commit);
     * answers the number of rows it changed. Straight on JDBC: jOOQ's plain-SQL path would parse the SQL again for its
     * placeholders and bind through its render contexts on every run (a tenth of a login's CPU besides the hash). A
     * value is a column's Java value, or a {@code DSL.val(value, FIELD)} for one that may be empty (bound as a typed
     * null: a bare null has no type on PostgreSQL).
     */
    public int execute(DSLContext dsl, Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bindAll(statement, values);
                return statement.executeUpdate();
            }
        });
    }

    private static void bindAll(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bind(statement, i + 1, values[i]);
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Param<?> param) {
            if (param.getValue() == null) {
                statement.setNull(index, param.getDataType().getSQLType());
            } else {
                statement.setObject(index, param.getValue());
            }
        } else if (value == null) {
            throw new IllegalArgumentException("a value that may be empty is bound as DSL.val(value, FIELD)");
        } else {
            statement.setObject(index, value);
        }
    }

    /**
     * The rows of the rendered query run with these values on the context's connection (a transaction's, or
     * auto-commit), read into the query's typed fields: straight on JDBC, as {@link #execute}.
     */
    public Result<Record> fetch(DSLContext dsl, Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bindAll(statement, values);
                try (ResultSet rows = statement.executeQuery()) {
                    return dsl.fetch(rows, fields);
                }
            }
        });
    }

    /** The one row of the rendered query run with these values, if any; more than one is a bug. */
    public Optional<Record> fetchOptional(DSLContext dsl, Object... values) {
        Result<Record> rows = fetch(dsl, values);
        if (rows.size() > 1) {
            throw new TooManyRowsException(rows.size() + " rows where at most one was expected: " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** The SQL as run, for tests. */
    public String sql() {
        return sql;
    }
}
