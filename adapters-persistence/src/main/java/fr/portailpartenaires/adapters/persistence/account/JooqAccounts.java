package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAISSE;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.LoginTakenException;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.shared.PhoneNumber;
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
import fr.portailpartenaires.adapters.persistence.RenderedQuery;
import fr.portailpartenaires.adapters.persistence.UniqueViolation;
import fr.portailpartenaires.application.shared.EmailTakenException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * {@link Accounts} on the {@code account} table, shared by partner users and caisse administrators: the one row of a
 * person's identity (ADR 26), and the one writer of its identity columns — the partner's store writes only its users'
 * {@code administrator} right. The unique key on
 * {@code login_key} makes a login unique in the whole portal, case-insensitively, even under concurrency; the one on
 * {@code email_key} does the same for a reserved address ({@link AccountEmails}).
 */
public final class JooqAccounts implements Accounts {

    private final Database database;
    private final Clock clock;
    /** The account of a login with its closing date, in one statement: every login attempt reads it (ADR 0012). */
    private final RenderedQuery byLoginKey;
    /** Run on every login: rendered once (ADR 0012). */
    private final RenderedQuery lastLogin;

    public JooqAccounts(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.byLoginKey = RenderedQuery.of(database, credentialsSelect(database.dsl())
                .where(ACCOUNT.LOGIN_KEY.eq(DSL.param("loginKey", String.class))));
        this.lastLogin = RenderedQuery.ofStatement(database, database.dsl().update(ACCOUNT)
                .set(ACCOUNT.LAST_LOGIN_AT, DSL.param("at", ACCOUNT.LAST_LOGIN_AT))
                .where(ACCOUNT.ID.eq(DSL.param("id", ACCOUNT.ID))));
    }

    @Override
    public boolean loginTaken(String loginKey) {
        return database.current().fetchExists(ACCOUNT, ACCOUNT.LOGIN_KEY.eq(loginKey));
    }

    @Override
    public boolean emailTaken(EmailAddress email) {
        return database.current().fetchExists(ACCOUNT, ACCOUNT.EMAIL_KEY.eq(email.normalized()));
    }

    @Override
    public void reserveEmail(UserId id) {
        EmailAddress email = EmailAddress.of(database.current().select(ACCOUNT.EMAIL).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(id.value())).fetchSingle(ACCOUNT.EMAIL));
        refusingTakenEmails(() -> database.current().update(ACCOUNT)
                .set(ACCOUNT.EMAIL_KEY, email.normalized())
                .where(ACCOUNT.ID.eq(id.value()))
                .execute());
    }

    @Override
    public Optional<Credentials> findByLogin(String loginKey) {
        return byLoginKey.fetchOptional(database.current(), loginKey).map(JooqAccounts::credentials);
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
    public void openPartnerUser(PartnerId partner, PartnerUser user) {
        UniqueViolation.translated("account_login_key_uk", LoginTakenException::new, () -> database.current()
                .insertInto(ACCOUNT)
                .set(ACCOUNT.ID, user.id().value())
                .set(ACCOUNT.KIND, Kind.PARTNER_USER.name())
                .set(ACCOUNT.PARTNER_ID, partner.value())
                .set(ACCOUNT.LOGIN, user.login().value())
                .set(ACCOUNT.LOGIN_KEY, user.login().key())
                .set(ACCOUNT.LAST_NAME, user.lastName().value())
                .set(ACCOUNT.FIRST_NAME, user.firstName().value())
                .set(ACCOUNT.PHONE, user.phone().map(PhoneNumber::value).orElse(null))
                .set(ACCOUNT.EMAIL, user.email().value())
                .set(ACCOUNT.ADMINISTRATOR, user.administrator())
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, false)
                .set(ACCOUNT.CREATED_AT, Timestamps.column(clock.instant()))
                .execute());
    }

    @Override
    public void removePartnerUser(UserId id) {
        database.current().deleteFrom(ACCOUNT)
                .where(ACCOUNT.ID.eq(id.value()).and(ACCOUNT.KIND.eq(Kind.PARTNER_USER.name())))
                .execute();
    }

    @Override
    public void setNamesAndPhone(UserId id, LastName lastName, FirstName firstName, Optional<PhoneNumber> phone) {
        database.current().update(ACCOUNT)
                .set(ACCOUNT.LAST_NAME, lastName.value())
                .set(ACCOUNT.FIRST_NAME, firstName.value())
                .set(ACCOUNT.PHONE, phone.map(PhoneNumber::value).orElse(null))
                .where(ACCOUNT.ID.eq(id.value()))
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

    /** One row for everyone, the partner's or the convention's users included (they read it). */
    @Override
    public void setEmail(UserId id, EmailAddress email) {
        Objects.requireNonNull(email, "email");
        refusingTakenEmails(() -> database.current().update(ACCOUNT)
                .set(AccountEmails.columns(email))
                .where(ACCOUNT.ID.eq(id.value()))
                .execute());
    }

    @Override
    public void recordLogin(UserId id, Instant at) {
        lastLogin.execute(database.current(), Timestamps.column(at), id.value());
    }

    private Optional<Credentials> credentialsWhere(Condition condition) {
        return credentialsSelect(database.current()).where(condition).fetchOptional(JooqAccounts::credentials);
    }

    /** The account's columns, its closing date included: one statement of one table for the login. */
    private static SelectJoinStep<? extends Record> credentialsSelect(DSLContext dsl) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.LOGIN, ACCOUNT.KIND, ACCOUNT.PARTNER_ID, ACCOUNT.CAISSE_CODE,
                        ACCOUNT.EMAIL, ACCOUNT.PASSWORD_HASH, ACCOUNT.PASSWORD_EXPIRES_AT, ACCOUNT.MUST_CHANGE_PASSWORD,
                        ACCOUNT.LAST_LOGIN_AT, ACCOUNT.CLOSED_ON)
                .from(ACCOUNT);
    }

    private static Credentials credentials(Record row) {
        return new Credentials(new UserId(row.get(ACCOUNT.ID)), Login.of(row.get(ACCOUNT.LOGIN)),
                Kind.valueOf(row.get(ACCOUNT.KIND)),
                Optional.ofNullable(row.get(ACCOUNT.PARTNER_ID)).map(PartnerId::new),
                Optional.ofNullable(row.get(ACCOUNT.CAISSE_CODE)).map(CaisseCode::of),
                EmailAddress.of(row.get(ACCOUNT.EMAIL)),
                Optional.ofNullable(row.get(ACCOUNT.PASSWORD_HASH)),
                Optional.ofNullable(Timestamps.instant(row.get(ACCOUNT.PASSWORD_EXPIRES_AT))),
                row.get(ACCOUNT.MUST_CHANGE_PASSWORD),
                Optional.ofNullable(Timestamps.instant(row.get(ACCOUNT.LAST_LOGIN_AT))),
                Optional.ofNullable(row.get(ACCOUNT.CLOSED_ON)));
    }

    @Override
    public Optional<LocalDate> closingDate(UserId id) {
        return database.current().select(ACCOUNT.CLOSED_ON).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(id.value())).fetchOptional(ACCOUNT.CLOSED_ON);
    }

    @Override
    public void setClosingDate(UserId id, Optional<LocalDate> closedOn) {
        database.current().update(ACCOUNT)
                .set(ACCOUNT.CLOSED_ON, closedOn.orElse(null))
                .where(ACCOUNT.ID.eq(id.value()))
                .execute();
    }

    /** A reserved address another account took after the caller's check: an {@link EmailTakenException}. */
    private static void refusingTakenEmails(java.util.function.Supplier<Integer> write) {
        UniqueViolation.translated(AccountEmails.UNIQUE_KEY, EmailTakenException::new, write);
    }
}
