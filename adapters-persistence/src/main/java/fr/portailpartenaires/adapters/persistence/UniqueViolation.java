package fr.portailpartenaires.adapters.persistence;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.TableField;
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

    /**
     * Runs {@code write} in a nested transaction, a savepoint inside the use case's transaction, so that a refused
     * write leaves that transaction usable (PostgreSQL aborts a transaction on any failed statement): true when it
     * is done, false when the unique key named {@code constraint} refused it; any other failure goes on.
     */
    public static boolean unlessViolating(DSLContext dsl, String constraint, Consumer<DSLContext> write) {
        try {
            dsl.transaction(nested -> write.accept(nested.dsl()));
            return true;
        } catch (DataAccessException e) {
            if (of(e, constraint)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Writes a request of which at most one may be pending per key (its {@code pending_key} column under the unique
     * key named {@code constraint}): false, writing nothing, when one is pending already, found first or written
     * meanwhile and refused by the key. A null key (a request decided at once) is not looked for.
     */
    public static boolean unlessPending(DSLContext dsl, TableField<?, String> pendingKeyColumn, String pendingKey,
            String constraint, Consumer<DSLContext> write) {
        if (pendingKey != null && dsl.fetchExists(pendingKeyColumn.getTable(), pendingKeyColumn.eq(pendingKey))) {
            return false;
        }
        return unlessViolating(dsl, constraint, write);
    }

    /** The work's answer; a refusal by the unique key named {@code constraint} is thrown as {@code exception}'s. */
    public static <T> T translated(String constraint, Supplier<? extends RuntimeException> exception,
            Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            if (of(e, constraint)) {
                throw exception.get();
            }
            throw e;
        }
    }
}
