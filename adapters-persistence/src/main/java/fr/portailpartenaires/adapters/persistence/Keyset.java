package fr.portailpartenaires.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.SelectWhereStep;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Keyset (seek) pagination: the rows after a given one in the list's order, never OFFSET, so a page deep in a
 * long list costs the same as the first.
 */
public final class Keyset {

    private Keyset() {
    }

    /**
     * The condition "after the row with this id" in (time, id) ascending order: no condition for the first
     * page, empty when the given row does not exist (the caller answers an empty page).
     */
    public static Optional<Condition> after(DSLContext dsl, Table<?> table, Field<OffsetDateTime> time, Field<UUID> id,
            Optional<UUID> after) {
        if (after.isEmpty()) {
            return Optional.of(DSL.noCondition());
        }
        return dsl.select(time, id).from(table).where(id.eq(after.get())).fetchOptional()
                .map(cursor -> time.gt(cursor.value1())
                        .or(time.eq(cursor.value1()).and(id.gt(cursor.value2()))));
    }

    /**
     * One page of the rows of {@code select} that meet {@code condition}, in (time, id) ascending order, after the
     * row with the id {@code after} when given; an unknown {@code after} row gives an empty page.
     *
     * @param what names a row in the refusal of a page of less than one row, e.g. "convention"
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static <R> List<R> page(DSLContext dsl, SelectWhereStep<Record> select, TableField<?, OffsetDateTime> time,
            TableField<?, UUID> id, Condition condition, Optional<UUID> after, int limit, String what,
            RecordMapper<? super Record, R> mapper) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one " + what + ": " + limit);
        }
        Optional<Condition> seek = after(dsl, time.getTable(), time, id, after);
        if (seek.isEmpty()) {
            return List.of();
        }
        return select.where(condition.and(seek.get()))
                .orderBy(time, id)
                .limit(limit)
                .fetch(mapper);
    }

    /**
     * The condition "after this sort key" in the order of the given columns, all ascending or all descending (the
     * last one a unique tiebreaker, e.g. the id): a row-value comparison, which an index starting with the list's
     * equality columns followed by these columns answers with one range scan.
     *
     * @param key    the sort columns, in order
     * @param values the last row's values of these columns
     */
    public static Condition after(List<? extends Field<?>> key, List<?> values, boolean descending) {
        if (key.isEmpty() || key.size() != values.size()) {
            throw new IllegalArgumentException("A sort key and its values go by pairs: " + key + " / " + values);
        }
        var row = DSL.row(key.toArray(Field<?>[]::new));
        return descending ? row.lt(values.toArray()) : row.gt(values.toArray());
    }
}
