package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAISSE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_USER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.AccountRecord;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * {@link Accounts} on the {@code account} table, shared by partner users (written by
 * {@link JooqPartners}) and caisse administrators. The unique key on {@code login_key} makes a
 * login unique in the whole portal, case-insensitively, even under concurrency.
 */
public final class JooqAccounts implements Accounts {

    private final Database database;
    private final Clock clock;

    public JooqAccounts(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean loginTaken(String loginKey) {
        return database.current().fetchExists(ACCOUNT, ACCOUNT.LOGIN_KEY.eq(loginKey));
    }

    @Override
    public Optional<Credentials> findByLogin(String loginKey) {
        return credentialsWhere(ACCOUNT.LOGIN_KEY.eq(loginKey));
    }

    @Override
    public Optional<Credentials> find(UserId id) {
        return credentialsWhere(ACCOUNT.ID.eq(id.value()));
    }

    @Override
    public void addCaisseAdministrator(CaisseAdministrator administrator) {
        database.current().insertInto(ACCOUNT)
                .set(ACCOUNT.ID, administrator.id().value())
                .set(ACCOUNT.KIND, Kind.CAISSE_ADMIN.name())
                .set(ACCOUNT.CAISSE_CODE, administrator.caisse().value())
                .set(ACCOUNT.LOGIN, administrator.login().value())
                .set(ACCOUNT.LOGIN_KEY, administrator.login().key())
                .set(ACCOUNT.LAST_NAME, administrator.lastName().value())
                .set(ACCOUNT.FIRST_NAME, administrator.firstName().value())
                .set(ACCOUNT.EMAIL, administrator.email().value())
                .set(ACCOUNT.ADMINISTRATOR, true)
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, false)
                .set(ACCOUNT.CREATED_AT, Timestamps.column(clock.instant()))
                .execute();
    }

    @Override
    public int caisseAdministrators(CaisseCode caisse) {
        return database.current().fetchCount(ACCOUNT, ACCOUNT.KIND.eq(Kind.CAISSE_ADMIN.name())
                .and(ACCOUNT.CAISSE_CODE.eq(caisse.value())));
    }

    @Override
    public List<CaisseAdministrator> caisseStaffForUpdate(CaisseCode caisse) {
        var dsl = database.current();
        dsl.select(CAISSE.CODE).from(CAISSE).where(CAISSE.CODE.eq(caisse.value())).forUpdate().fetch();
        return dsl.select(ACCOUNT.ID, ACCOUNT.LOGIN, ACCOUNT.LAST_NAME, ACCOUNT.FIRST_NAME, ACCOUNT.EMAIL)
                .from(ACCOUNT)
                .where(ACCOUNT.KIND.eq(Kind.CAISSE_ADMIN.name()).and(ACCOUNT.CAISSE_CODE.eq(caisse.value())))
                .orderBy(ACCOUNT.LOGIN_KEY)
                .fetch(row -> new CaisseAdministrator(new UserId(row.value1()), caisse, Login.of(row.value2()),
                        LastName.of(row.value3()), FirstName.of(row.value4()), EmailAddress.of(row.value5())));
    }

    @Override
    public void removeCaisseAdministrator(UserId id) {
        database.current().deleteFrom(ACCOUNT)
                .where(ACCOUNT.ID.eq(id.value()).and(ACCOUNT.KIND.eq(Kind.CAISSE_ADMIN.name())))
                .execute();
    }

    @Override
    public void setPassword(UserId id, String passwordHash, Optional<Instant> expiresAt, boolean mustChangePassword) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        database.current().update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.PASSWORD_EXPIRES_AT, Timestamps.column(expiresAt.orElse(null)))
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, mustChangePassword)
                .where(ACCOUNT.ID.eq(id.value()))
                .execute();
    }

    /** One row for everyone; for a partner user, the partner's version moves on (see {@link Accounts#setEmail}). */
    @Override
    public void setEmail(UserId id, EmailAddress email) {
        Objects.requireNonNull(email, "email");
        database.current().update(ACCOUNT)
                .set(ACCOUNT.EMAIL, email.value())
                .where(ACCOUNT.ID.eq(id.value()))
                .execute();
        // a CAF user's address is also its unique key among AFAS users (none for other accounts)
        database.current().update(AFAS_USER)
                .set(AFAS_USER.EMAIL_KEY, email.normalized())
                .where(AFAS_USER.ACCOUNT_ID.eq(id.value()))
                .execute();
        database.current().update(PARTNER)
                .set(PARTNER.VERSION, PARTNER.VERSION.plus(1))
                .where(PARTNER.ID.in(DSL.select(ACCOUNT.PARTNER_ID).from(ACCOUNT).where(ACCOUNT.ID.eq(id.value()))))
                .execute();
    }

    @Override
    public void recordLogin(UserId id, Instant at) {
        database.current().update(ACCOUNT)
                .set(ACCOUNT.LAST_LOGIN_AT, Timestamps.column(at))
                .where(ACCOUNT.ID.eq(id.value()))
                .execute();
    }

    private Optional<Credentials> credentialsWhere(Condition condition) {
        return database.current().selectFrom(ACCOUNT).where(condition).fetchOptional(JooqAccounts::credentials);
    }

    private static Credentials credentials(AccountRecord row) {
        return new Credentials(new UserId(row.getId()), Login.of(row.getLogin()), Kind.valueOf(row.getKind()),
                Optional.ofNullable(row.getPartnerId()).map(PartnerId::new),
                Optional.ofNullable(row.getCaisseCode()).map(CaisseCode::of),
                EmailAddress.of(row.getEmail()),
                Optional.ofNullable(row.getPasswordHash()),
                Optional.ofNullable(Timestamps.instant(row.getPasswordExpiresAt())),
                row.getMustChangePassword(),
                Optional.ofNullable(Timestamps.instant(row.getLastLoginAt())));
    }

    @Override
    public Optional<LocalDate> closingDate(UserId id) {
        return database.current().select(AFAS_USER.CLOSED_ON).from(AFAS_USER)
                .where(AFAS_USER.ACCOUNT_ID.eq(id.value())).fetchOptional(AFAS_USER.CLOSED_ON);
    }
}
