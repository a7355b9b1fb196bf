package fr.portailpartenaires.adapters.persistence.account;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PASSWORD_RESET;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.RenderedQuery;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import fr.portailpartenaires.application.shared.PasswordResets;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jooq.impl.DSL;

/** {@link PasswordResets} in table {@code password_reset}, one row per account at most (V21). */
public final class JooqPasswordResets implements PasswordResets {

    private final Database database;
    /** Run on every login attempt (a pending reset or not): rendered once (ADR 0012). */
    private final RenderedQuery findByAccount;

    public JooqPasswordResets(Database database) {
        this.database = Objects.requireNonNull(database, "database");
        this.findByAccount = RenderedQuery.of(database, database.dsl().select(PASSWORD_RESET.fields())
                .from(PASSWORD_RESET).where(PASSWORD_RESET.ACCOUNT_ID.eq(DSL.param("account", PASSWORD_RESET.ACCOUNT_ID))));
    }

    @Override
    public Optional<Pending> find(UserId account) {
        return findByAccount.fetchOptional(database.current(), account.value())
                .map(record -> record.into(PASSWORD_RESET)).map(row -> new Pending(row.getCodeDigest(), row.getPasswordHash(),
                        Timestamps.instant(row.getExpiresAt()), Timestamps.instant(row.getRequestedAt())));
    }

    /** One statement (insert or update on the account), so that two requests at once leave one row. */
    @Override
    public void save(UserId account, Pending pending) {
        database.current().insertInto(PASSWORD_RESET)
                .set(PASSWORD_RESET.ACCOUNT_ID, account.value())
                .set(PASSWORD_RESET.CODE_DIGEST, pending.codeDigest())
                .set(PASSWORD_RESET.PASSWORD_HASH, pending.passwordHash())
                .set(PASSWORD_RESET.EXPIRES_AT, Timestamps.column(pending.expiresAt()))
                .set(PASSWORD_RESET.REQUESTED_AT, Timestamps.column(pending.requestedAt()))
                .onConflict(PASSWORD_RESET.ACCOUNT_ID)
                .doUpdate()
                .set(PASSWORD_RESET.CODE_DIGEST, pending.codeDigest())
                .set(PASSWORD_RESET.PASSWORD_HASH, pending.passwordHash())
                .set(PASSWORD_RESET.EXPIRES_AT, Timestamps.column(pending.expiresAt()))
                .set(PASSWORD_RESET.REQUESTED_AT, Timestamps.column(pending.requestedAt()))
                .execute();
    }

    @Override
    public void delete(UserId account) {
        database.current().deleteFrom(PASSWORD_RESET).where(PASSWORD_RESET.ACCOUNT_ID.eq(account.value())).execute();
    }

    @Override
    public int purgeExpired(Instant now) {
        return database.current().deleteFrom(PASSWORD_RESET)
                .where(PASSWORD_RESET.EXPIRES_AT.le(Timestamps.column(now))).execute();
    }
}
