package fr.portailpartenaires.adapters.persistence.account;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.LOGIN_ATTEMPT;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import fr.portailpartenaires.adapters.persistence.RenderedQuery;
import fr.portailpartenaires.adapters.persistence.UniqueViolation;
import fr.portailpartenaires.adapters.persistence.jooq.tables.records.LoginAttemptRecord;
import fr.portailpartenaires.application.shared.LoginAttempts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** {@link LoginAttempts} in table {@code login_attempt}, one row per throttled key. */
public final class JooqLoginAttempts implements LoginAttempts {

    /** A login reads three keys, or four with a known device: those reads are rendered once (ADR 0012). */
    private static final int RENDERED_KEYS = 4;
    private static final String PRIMARY_KEY = "login_attempt_pk";
    private static final int MAX_COUNT_ATTEMPTS = 3;

    private final Database database;
    /** The read of {@code n} keys at index {@code n - 1}. */
    private final List<RenderedQuery> findKeys;

    public JooqLoginAttempts(Database database) {
        this.database = database;
        this.findKeys = IntStream.rangeClosed(1, RENDERED_KEYS).mapToObj(count -> RenderedQuery.of(database,
                database.dsl().select(LOGIN_ATTEMPT.fields()).from(LOGIN_ATTEMPT).where(DSL.or(IntStream.range(0, count)
                        .mapToObj(i -> LOGIN_ATTEMPT.SCOPE.eq(DSL.param("scope" + i, LOGIN_ATTEMPT.SCOPE))
                                .and(LOGIN_ATTEMPT.ATTEMPT_KEY.eq(DSL.param("key" + i, LOGIN_ATTEMPT.ATTEMPT_KEY))))
                        .toList())))).toList();
    }

    @Override
    public Optional<State> find(Key key) {
        return database.current().selectFrom(LOGIN_ATTEMPT).where(is(key)).fetchOptional()
                .map(JooqLoginAttempts::state);
    }

    @Override
    public Map<Key, State> findAll(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<Key, State> found = new HashMap<>();
        if (keys.size() <= RENDERED_KEYS) {
            List<Object> values = new ArrayList<>(2 * keys.size());
            keys.forEach(key -> {
                values.add(key.scope().name());
                values.add(key.value());
            });
            findKeys.get(keys.size() - 1).fetch(database.current(), values.toArray())
                    .forEach(record -> keep(found, record.into(LOGIN_ATTEMPT)));
            return found;
        }
        database.current().selectFrom(LOGIN_ATTEMPT)
                .where(DSL.or(keys.stream().map(JooqLoginAttempts::is).toList()))
                .forEach(row -> keep(found, row));
        return found;
    }

    private static void keep(Map<Key, State> found, LoginAttemptRecord row) {
        found.put(new Key(Scope.valueOf(row.getScope()), row.getAttemptKey()), state(row));
    }

    /**
     * One statement, insert or update on the key: PostgreSQL takes the row's lock for the update, so concurrent counts
     * of one key, from any instance, each add one (and two first failures do not collide). H2 runs it as a
     * {@code MERGE} that two first failures at once may both take for an insert: the second is refused by the key,
     * the row now exists, and counting again adds one to it (H2 undoes the refused statement alone).
     */
    @Override
    public State count(Key key, Instant now, Instant forgottenAtOrBefore) {
        for (int attempt = 1; ; attempt++) {
            try {
                upsert(key, now, forgottenAtOrBefore);
                return find(key).orElseThrow();
            } catch (DataAccessException e) {
                if (attempt == MAX_COUNT_ATTEMPTS || !UniqueViolation.of(e, PRIMARY_KEY)) {
                    throw e;
                }
            }
        }
    }

    private void upsert(Key key, Instant now, Instant forgottenAtOrBefore) {
        OffsetDateTime at = Timestamps.column(now);
        database.current().insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.SCOPE, key.scope().name())
                .set(LOGIN_ATTEMPT.ATTEMPT_KEY, key.value())
                .set(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES, 1)
                .set(LOGIN_ATTEMPT.LAST_FAILURE_AT, at)
                .onConflict(LOGIN_ATTEMPT.SCOPE, LOGIN_ATTEMPT.ATTEMPT_KEY)
                .doUpdate()
                .set(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES,
                        DSL.when(LOGIN_ATTEMPT.LAST_FAILURE_AT.le(Timestamps.column(forgottenAtOrBefore)),
                                DSL.inline(1)).otherwise(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES.plus(1)))
                .set(LOGIN_ATTEMPT.LAST_FAILURE_AT, DSL.greatest(LOGIN_ATTEMPT.LAST_FAILURE_AT, DSL.val(at)))
                .execute();
    }

    @Override
    public void lockUntil(Key key, Instant until) {
        OffsetDateTime end = Timestamps.column(until);
        database.current().update(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.LOCKED_UNTIL, end)
                .where(is(key))
                .and(LOGIN_ATTEMPT.LOCKED_UNTIL.isNull().or(LOGIN_ATTEMPT.LOCKED_UNTIL.lt(end)))
                .execute();
    }

    @Override
    public void clear(Collection<Key> keys) {
        if (!keys.isEmpty()) {
            database.current().deleteFrom(LOGIN_ATTEMPT)
                    .where(DSL.or(keys.stream().map(JooqLoginAttempts::is).toList()))
                    .execute();
        }
    }

    @Override
    public int purgeQuietSince(Scope scope, Instant lastFailureAtOrBefore) {
        return database.current().deleteFrom(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.SCOPE.eq(scope.name()))
                .and(LOGIN_ATTEMPT.LAST_FAILURE_AT.le(Timestamps.column(lastFailureAtOrBefore)))
                .execute();
    }

    private static Condition is(Key key) {
        return LOGIN_ATTEMPT.SCOPE.eq(key.scope().name()).and(LOGIN_ATTEMPT.ATTEMPT_KEY.eq(key.value()));
    }

    private static State state(LoginAttemptRecord row) {
        return new State(row.getConsecutiveFailures(), row.getLastFailureAt().toInstant(),
                row.getLockedUntil() == null ? null : row.getLockedUntil().toInstant());
    }
}
