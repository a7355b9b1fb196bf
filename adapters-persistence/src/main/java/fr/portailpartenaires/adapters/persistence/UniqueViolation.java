package fr.portailpartenaires.adapters.persistence;

import java.util.Locale;
import org.jooq.exception.DataAccessException;

/**
 * Tells a unique key's refusal by its SQL state ({@code 23505} on H2 and PostgreSQL) and the constraint's name,
 * so that an adapter turns the database's answer to a race (two requests taking one login at once) into the
 * application's exception or outcome.
 */
public final class UniqueViolation {

    /** SQLSTATE of a unique violation, the same on H2 and PostgreSQL. */
    public static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    /** True when the database refused a write because of the unique key named {@code constraint}. */
    public static boolean of(DataAccessException e, String constraint) {
        return SQL_STATE.equals(e.sqlState())
                && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT));
    }
}
