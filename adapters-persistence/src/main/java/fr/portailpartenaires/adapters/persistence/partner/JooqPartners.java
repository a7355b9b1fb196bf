package fr.portailpartenaires.adapters.persistence.partner;

import fr.portailpartenaires.adapters.persistence.UniqueViolation;
import fr.portailpartenaires.adapters.persistence.AddressColumns;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import fr.portailpartenaires.adapters.persistence.account.AccountEmails;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.AccountRecord;
import fr.portailpartenaires.adapters.persistence.jooq.tables.records.PartnerRecord;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.EmailTakenException;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * {@link Partners} on the {@code partner} table and the partner users' rows of the {@code account}
 * table. Each call is atomic on its own (it joins the use case's transaction when one is open). The
 * users' credentials and status columns belong to {@link Accounts}: this adapter never writes them after the
 * user's creation, nor the login, which is immutable; a user's new address keeps its reservation
 * ({@link AccountEmails}).
 */
public final class JooqPartners implements Partners {

    private final Database database;
    private final Clock clock;

    public JooqPartners(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void add(Partner partner) {
        refusingTakenLogins(() -> database.inTransaction(() -> {
            DSLContext dsl = database.current();
            dsl.insertInto(PARTNER)
                    .set(PARTNER.ID, partner.id().value())
                    .set(partnerColumns(partner))
                    .set(PARTNER.CREATED_AT, Timestamps.column(clock.instant()))
                    .set(PARTNER.VERSION, 0L)
                    .execute();
            partner.users().forEach(user -> insertUser(dsl, partner.id(), user));
            return null;
        }));
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        DSLContext dsl = database.current();
        return dsl.selectFrom(PARTNER).where(PARTNER.ID.eq(id.value())).fetchOptional()
                .map(row -> partner(row, dsl.selectFrom(ACCOUNT)
                        .where(ACCOUNT.PARTNER_ID.eq(id.value()))
                        .orderBy(ACCOUNT.LOGIN_KEY)
                        .fetch(JooqPartners::user)));
    }

    @Override
    public boolean update(Partner partner) {
        return refusingTakenLogins(() -> database.inTransaction(() -> {
            DSLContext dsl = database.current();
            int updated = dsl.update(PARTNER)
                    .set(partnerColumns(partner))
                    .set(PARTNER.VERSION, PARTNER.VERSION.plus(1))
                    .where(PARTNER.ID.eq(partner.id().value()).and(PARTNER.VERSION.eq(partner.version())))
                    .execute();
            if (updated == 0) {
                return false;
            }
            syncUsers(dsl, partner);
            return true;
        }));
    }

    /**
     * The unique login key refused a login taken meanwhile by another account: a {@link LoginTakenException}; the
     * unique key of reserved addresses refused a user's new one: an {@link EmailTakenException}.
     */
    private static <T> T refusingTakenLogins(java.util.function.Supplier<T> work) {
        return UniqueViolation.translated("account_login_key_uk",
                fr.portailpartenaires.application.shared.LoginTakenException::new,
                () -> UniqueViolation.translated(AccountEmails.UNIQUE_KEY, EmailTakenException::new, work));
    }

    /** Inserts the new users, updates the changed ones and deletes the removed ones; the version row is already locked. */
    private void syncUsers(DSLContext dsl, Partner partner) {
        Map<UUID, PartnerUser> stored = dsl.selectFrom(ACCOUNT)
                .where(ACCOUNT.PARTNER_ID.eq(partner.id().value()))
                .fetch(JooqPartners::user).stream()
                .collect(Collectors.toMap(user -> user.id().value(), Function.identity()));
        Set<UUID> kept = partner.users().stream().map(user -> user.id().value()).collect(Collectors.toSet());
        List<UUID> removed = stored.keySet().stream().filter(id -> !kept.contains(id)).toList();
        if (!removed.isEmpty()) {
            dsl.deleteFrom(ACCOUNT)
                    .where(ACCOUNT.PARTNER_ID.eq(partner.id().value()).and(ACCOUNT.ID.in(removed)))
                    .execute();
        }
        for (PartnerUser user : partner.users()) {
            PartnerUser before = stored.get(user.id().value());
            if (before == null) {
                insertUser(dsl, partner.id(), user);
            } else if (!before.equals(user)) {
                dsl.update(ACCOUNT)
                        .set(ACCOUNT.LAST_NAME, user.lastName().value())
                        .set(ACCOUNT.FIRST_NAME, user.firstName().value())
                        .set(ACCOUNT.PHONE, user.phone().map(PhoneNumber::value).orElse(null))
                        .set(AccountEmails.columns(user.email()))
                        .set(ACCOUNT.ADMINISTRATOR, user.administrator())
                        .where(ACCOUNT.ID.eq(user.id().value()).and(ACCOUNT.PARTNER_ID.eq(partner.id().value())))
                        .execute();
            }
        }
    }

    private void insertUser(DSLContext dsl, PartnerId partner, PartnerUser user) {
        dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.ID, user.id().value())
                .set(ACCOUNT.KIND, Accounts.Kind.PARTNER_USER.name())
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
                .execute();
    }

    /** The partner's own columns, but its id, creation time and version. */
    private static Map<Field<?>, Object> partnerColumns(Partner partner) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(PARTNER.NAME, partner.name().value());
        values.put(PARTNER.SIRET, partner.siret().map(Siret::value).orElse(null));
        values.put(PARTNER.PHONE, partner.phone().value());
        values.put(PARTNER.EMAIL, partner.email().map(EmailAddress::value).orElse(null));
        values.putAll(AddressColumns.OF_PARTNER.values(partner.address()));
        return values;
    }

    private static Partner partner(PartnerRecord row, List<PartnerUser> users) {
        return new Partner(new PartnerId(row.getId()), PartnerName.of(row.getName()),
                Optional.ofNullable(row.getSiret()).map(Siret::of), PhoneNumber.of(row.getPhone()),
                Optional.ofNullable(row.getEmail()).map(EmailAddress::of),
                AddressColumns.OF_PARTNER.read(row, row.getName()), users, row.getVersion());
    }

    private static PartnerUser user(AccountRecord row) {
        return new PartnerUser(new UserId(row.getId()), Login.of(row.getLogin()), LastName.of(row.getLastName()),
                FirstName.of(row.getFirstName()), Optional.ofNullable(row.getPhone()).map(PhoneNumber::of),
                EmailAddress.of(row.getEmail()), row.getAdministrator());
    }
}
