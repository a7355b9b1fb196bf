package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Database;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.LOGIN_ATTEMPT;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.LoginAttemptRecord;
import fr.portailpartenaires.application.shared.LoginAttempts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** {@link LoginAttempts} in table {@code login_attempt}, one row per throttled key. */
public final class JooqLoginAttempts implements LoginAttempts {

    private final Database database;

    public JooqLoginAttempts(Database database) {
        this.database = database;
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
        database.current().selectFrom(LOGIN_ATTEMPT)
                .where(DSL.or(keys.stream().map(JooqLoginAttempts::is).toList()))
                .forEach(row -> found.put(new Key(Scope.valueOf(row.getScope()), row.getAttemptKey()), state(row)));
        return found;
    }

    /**
     * One statement, insert or update on the key: PostgreSQL takes the row's lock for the update, so concurrent counts
     * of one key, from any instance, each add one (and two first failures do not collide).
     */
    @Override
    public State count(Key key, Instant now, Instant forgottenAtOrBefore) {
        OffsetDateTime at = column(now);
        database.current().insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.SCOPE, key.scope().name())
                .set(LOGIN_ATTEMPT.ATTEMPT_KEY, key.value())
                .set(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES, 1)
                .set(LOGIN_ATTEMPT.LAST_FAILURE_AT, at)
                .onConflict(LOGIN_ATTEMPT.SCOPE, LOGIN_ATTEMPT.ATTEMPT_KEY)
                .doUpdate()
                .set(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES,
                        DSL.when(LOGIN_ATTEMPT.LAST_FAILURE_AT.le(column(forgottenAtOrBefore)), DSL.inline(1))
                                .otherwise(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES.plus(1)))
                .set(LOGIN_ATTEMPT.LAST_FAILURE_AT, DSL.greatest(LOGIN_ATTEMPT.LAST_FAILURE_AT, DSL.val(at)))
                .execute();
        return find(key).orElseThrow();
    }

    @Override
    public void lockUntil(Key key, Instant until) {
        OffsetDateTime end = column(until);
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
                .and(LOGIN_ATTEMPT.LAST_FAILURE_AT.le(column(lastFailureAtOrBefore)))
                .execute();
    }

    private static Condition is(Key key) {
        return LOGIN_ATTEMPT.SCOPE.eq(key.scope().name()).and(LOGIN_ATTEMPT.ATTEMPT_KEY.eq(key.value()));
    }

    private static State state(LoginAttemptRecord row) {
        return new State(row.getConsecutiveFailures(), row.getLastFailureAt().toInstant(),
                row.getLockedUntil() == null ? null : row.getLockedUntil().toInstant());
    }

    /** Columns keep microseconds: truncated here, so the database never rounds an instant up. */
    private static OffsetDateTime column(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
