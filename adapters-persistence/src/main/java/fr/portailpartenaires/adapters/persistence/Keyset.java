package fr.portailpartenaires.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Keyset (seek) pagination over a (time, id) order: the rows after a given one, never OFFSET, so a page
 * deep in a long list costs the same as the first.
 */
final class Keyset {

    private Keyset() {
    }

    /**
     * The condition "after the row with this id" in (time, id) ascending order: no condition for the first
     * page, empty when the given row does not exist (the caller answers an empty page).
     */
    static Optional<Condition> after(DSLContext dsl, Table<?> table, Field<OffsetDateTime> time, Field<UUID> id,
            Optional<UUID> after) {
        if (after.isEmpty()) {
            return Optional.of(DSL.noCondition());
        }
        return dsl.select(time, id).from(table).where(id.eq(after.get())).fetchOptional()
                .map(cursor -> time.gt(cursor.value1())
                        .or(time.eq(cursor.value1()).and(id.gt(cursor.value2()))));
    }
}
