package fr.portailpartenaires.adapters.persistence.partner;

import fr.portailpartenaires.adapters.persistence.AddressColumns;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.AccountRecord;
import fr.portailpartenaires.adapters.persistence.jooq.tables.records.PartnerRecord;
import fr.portailpartenaires.application.shared.Accounts;
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
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * {@link Partners} on the {@code partner} table, its users read from their rows of the {@code account} table. Each
 * call is atomic on its own (it joins the use case's transaction when one is open). A user's row is their identity,
 * written by {@link Accounts} alone (ADR 26): this adapter writes only the partner's columns and its members'
 * {@code administrator} right, never a person's column.
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
        database.inTransaction(() -> {
            DSLContext dsl = database.current();
            dsl.insertInto(PARTNER)
                    .set(PARTNER.ID, partner.id().value())
                    .set(partnerColumns(partner))
                    .set(PARTNER.CREATED_AT, Timestamps.column(clock.instant()))
                    .set(PARTNER.VERSION, 0L)
                    .execute();
            storeRights(dsl, partner);
            return null;
        });
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
        return database.inTransaction(() -> {
            DSLContext dsl = database.current();
            int updated = dsl.update(PARTNER)
                    .set(partnerColumns(partner))
                    .set(PARTNER.VERSION, PARTNER.VERSION.plus(1))
                    .where(PARTNER.ID.eq(partner.id().value()).and(PARTNER.VERSION.eq(partner.version())))
                    .execute();
            if (updated == 0) {
                return false;
            }
            storeRights(dsl, partner);
            return true;
        });
    }

    /**
     * The administrator right of each user whose row says otherwise; the version row is already locked. A user without
     * a row yet (their account is opened after the save) or no longer the partner's is left to {@link Accounts}.
     */
    private static void storeRights(DSLContext dsl, Partner partner) {
        Map<UUID, Boolean> stored = dsl.select(ACCOUNT.ID, ACCOUNT.ADMINISTRATOR).from(ACCOUNT)
                .where(ACCOUNT.PARTNER_ID.eq(partner.id().value()))
                .fetchMap(ACCOUNT.ID, ACCOUNT.ADMINISTRATOR);
        for (PartnerUser user : partner.users()) {
            Boolean right = stored.get(user.id().value());
            if (right != null && right != user.administrator()) {
                dsl.update(ACCOUNT)
                        .set(ACCOUNT.ADMINISTRATOR, user.administrator())
                        .where(ACCOUNT.ID.eq(user.id().value()).and(ACCOUNT.PARTNER_ID.eq(partner.id().value())))
                        .execute();
            }
        }
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
