package fr.portailpartenaires.adapters.persistence;

import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.Select;

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

    /** Runs the rendered statement with these values; answers the number of rows it changed. */
    public int execute(DSLContext dsl, Object... values) {
        return dsl.query(sql, values).execute();
    }

    /** The query with these values, ready to fetch in the given context (a transaction's, or auto-commit). */
    public ResultQuery<Record> with(DSLContext dsl, Object... values) {
        return dsl.resultQuery(sql, values).coerce(fields);
    }

    /** The SQL as run, for tests. */
    public String sql() {
        return sql;
    }
}
