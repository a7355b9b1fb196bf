package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.EMAIL_CHANGE_REQUEST;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.EmailChangeRequestRecord;
import fr.portailpartenaires.application.account.EmailChanges;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link EmailChanges} in table {@code email_change_request}: one row per account (unique key), found by the
 * token's hash; consuming deletes the row, so of two concurrent confirmations only one counts a deleted row.
 */
public final class JooqEmailChanges implements EmailChanges {

    private final Database database;

    public JooqEmailChanges(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void replace(Pending pending) {
        database.current().deleteFrom(EMAIL_CHANGE_REQUEST)
                .where(EMAIL_CHANGE_REQUEST.ACCOUNT_ID.eq(pending.account().value()))
                .execute();
        database.current().insertInto(EMAIL_CHANGE_REQUEST)
                .set(EMAIL_CHANGE_REQUEST.TOKEN_HASH, pending.tokenHash())
                .set(EMAIL_CHANGE_REQUEST.ACCOUNT_ID, pending.account().value())
                .set(EMAIL_CHANGE_REQUEST.NEW_EMAIL, pending.newEmail().value())
                .set(EMAIL_CHANGE_REQUEST.REQUESTED_AT, Timestamps.column(pending.requestedAt()))
                .set(EMAIL_CHANGE_REQUEST.EXPIRES_AT, Timestamps.column(pending.expiresAt()))
                .execute();
    }

    @Override
    public Optional<Pending> findByTokenHash(String tokenHash) {
        return database.current().selectFrom(EMAIL_CHANGE_REQUEST)
                .where(EMAIL_CHANGE_REQUEST.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(JooqEmailChanges::pending);
    }

    @Override
    public boolean consume(String tokenHash) {
        return database.current().deleteFrom(EMAIL_CHANGE_REQUEST)
                .where(EMAIL_CHANGE_REQUEST.TOKEN_HASH.eq(tokenHash))
                .execute() == 1;
    }

    private static Pending pending(EmailChangeRequestRecord row) {
        return new Pending(row.getTokenHash(), new UserId(row.getAccountId()), EmailAddress.of(row.getNewEmail()),
                Timestamps.instant(row.getRequestedAt()), Timestamps.instant(row.getExpiresAt()));
    }
}
