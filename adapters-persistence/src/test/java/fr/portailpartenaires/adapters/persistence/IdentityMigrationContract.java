package fr.portailpartenaires.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.adapters.persistence.account.AccountEmails;
import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration V22 (one identity, ADR 26) on a database holding rows written under V21: every row is kept, the AFAS users'
 * address keys and closing dates move onto their accounts, and the adapters read them there. One contract, run on H2
 * and on a real PostgreSQL; the rows are written in plain SQL, as the V21 schema had them.
 */
abstract class IdentityMigrationContract {

    static final UUID PARTNER = new UUID(1, 1);
    static final UUID CONVENTION = new UUID(2, 1);
    static final UUID BRUET = new UUID(3, 1);
    static final UUID GARBAN = new UUID(3, 2);
    static final UUID PPAS_USER = new UUID(3, 3);
    static final UUID CAF_ADMIN = new UUID(3, 4);
    static final LocalDate OPENED = LocalDate.of(2018, 8, 30);
    static final LocalDate CLOSED = LocalDate.of(2026, 3, 10);
    static final OffsetDateTime AT = OffsetDateTime.of(2018, 8, 30, 10, 0, 0, 0, ZoneOffset.UTC);

    /** A new database, not migrated. */
    protected abstract DataSource emptyDatabase();

    private DataSource dataSource;
    private DSLContext dsl;

    @BeforeEach
    void atVersion21WithRows() {
        dataSource = emptyDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("21").load().migrate();
        dsl = Database.on(dataSource).dsl();
        dsl.execute("insert into partner (id, name, phone, addr_code_postal, addr_commune, created_at, version) "
                + "values (?, 'Centre Social La Farandole Istres', '0442000000', '13800', 'Istres', "
                + "cast(? as timestamp with time zone), 3)",
                PARTNER, AT);
        account(BRUET, "PARTNER_USER", "ENF01302SM", "Stephane.Bruet132@yopmail.com");
        account(GARBAN, "PARTNER_USER", "ENF01302SN", "gilles.garban132@yopmail.com");
        account(PPAS_USER, "PARTNER_USER", "Alex7", "partage@farandole.example");
        account(CAF_ADMIN, "CAISSE_ADMIN", "AdminCaf13", "partage@farandole.example");
        dsl.execute("insert into afas_convention (id, partner_id, caf_code, libelle, caf_pivot, opened_on, "
                + "validated_on, identifier_prefix, next_sequence, version) "
                + "values (?, ?, 'CAF-13', 'La Farandole', 'Caf 132', ?, ?, 'ENF01302', 482, 5)", CONVENTION, PARTNER, OPENED, OPENED);
        dsl.execute("insert into afas_user (account_id, convention_id, seq_no, email_key, work_style, opened_on, "
                + "closed_on) values (?, ?, 0, 'stephane.bruet132@yopmail.com', 'ITINERANT', ?, null)",
                BRUET, CONVENTION, OPENED);
        dsl.execute("insert into afas_user (account_id, convention_id, seq_no, email_key, work_style, opened_on, "
                + "closed_on) values (?, ?, 1, 'gilles.garban132@yopmail.com', 'SEDENTAIRE', ?, ?)",
                GARBAN, CONVENTION, OPENED, CLOSED);
        dsl.execute("insert into afas_membership (convention_id, seq_no, account_id, group_code, opened_on) "
                + "values (?, 0, ?, 'AFAS_HAB', ?)", CONVENTION, BRUET, OPENED);
    }

    private void account(UUID id, String kind, String login, String email) {
        boolean caisse = kind.equals("CAISSE_ADMIN");
        dsl.execute("insert into account (id, kind, " + (caisse ? "caisse_code" : "partner_id") + ", login, login_key, "
                + "last_name, first_name, email, administrator, password_hash, must_change_password, created_at) "
                + "values (?, ?, ?, ?, ?, 'Nom', 'Prénom', ?, true, '$argon2id$hash', false, "
                + "cast(? as timestamp with time zone))",
                id, kind, caisse ? "CAF-13" : PARTNER, login, login.toLowerCase(Locale.ROOT), email, AT);
    }

    private Database migrated() {
        Database database = Database.on(dataSource);
        assertThat(database.migrate().migrationsExecuted).isPositive();
        return database;
    }

    @Test
    void keeps_every_row_and_moves_the_afas_users_address_keys_and_closing_dates_onto_their_accounts() {
        migrated();

        assertThat(dsl.fetchCount(dsl.selectFrom("account"))).isEqualTo(4);
        assertThat(dsl.fetchCount(dsl.selectFrom("afas_user"))).isEqualTo(2);
        assertThat(dsl.fetchCount(dsl.selectFrom("afas_membership"))).isEqualTo(1);
        assertThat(identity(BRUET)).containsExactly("ENF01302SM", "Stephane.Bruet132@yopmail.com",
                "stephane.bruet132@yopmail.com", null, "$argon2id$hash");
        assertThat(identity(GARBAN)).containsExactly("ENF01302SN", "gilles.garban132@yopmail.com",
                "gilles.garban132@yopmail.com", CLOSED, "$argon2id$hash");
        assertThat(identity(PPAS_USER)).containsExactly("Alex7", "partage@farandole.example", null, null,
                "$argon2id$hash");
        assertThat(identity(CAF_ADMIN)).containsExactly("AdminCaf13", "partage@farandole.example", null, null,
                "$argon2id$hash");
        Record garban = dsl.fetchSingle("select * from afas_user where account_id = ?", GARBAN);
        assertThat(List.of(garban.fields()).stream().map(field -> field.getName().toLowerCase()).toList())
                .containsExactlyInAnyOrder("account_id", "convention_id", "seq_no", "work_style", "opened_on");
        assertThat(garban.get("work_style", String.class)).isEqualTo("SEDENTAIRE");
        assertThat(garban.get("opened_on", LocalDate.class)).isEqualTo(OPENED);
        assertThat(dsl.fetchValue("select version from partner where id = ?", PARTNER)).isEqualTo(3L);
    }

    @Test
    void the_accounts_then_own_the_unique_address_and_the_status_the_login_reads() {
        Database database = migrated();
        JooqAccounts accounts = new JooqAccounts(database, Fixtures.CLOCK);

        assertThat(accounts.findByLogin("enf01302sn").orElseThrow().closedOn()).contains(CLOSED);
        assertThat(accounts.findByLogin("enf01302sm").orElseThrow().closedOn()).isEmpty();
        assertThat(accounts.emailTaken(EmailAddress.of("STEPHANE.bruet132@yopmail.com"))).isTrue();
        assertThat(accounts.emailTaken(EmailAddress.of("partage@farandole.example"))).isFalse();
        assertThatThrownBy(() -> dsl.execute("update account set email_key = 'gilles.garban132@yopmail.com' "
                + "where id = ?", PPAS_USER))
                .isInstanceOfSatisfying(DataAccessException.class,
                        e -> assertThat(UniqueViolation.of(e, AccountEmails.UNIQUE_KEY)).isTrue());
        accounts.setEmail(new UserId(BRUET), EmailAddress.of("s.bruet@farandole.example"));
        assertThat(identity(BRUET)).containsExactly("ENF01302SM", "s.bruet@farandole.example",
                "s.bruet@farandole.example", null, "$argon2id$hash");
    }

    private List<Object> identity(UUID account) {
        Record row = dsl.fetchSingle("select login, email, email_key, closed_on, password_hash from account "
                + "where id = ?", account);
        return Arrays.asList(row.get(0, String.class), row.get(1, String.class), row.get(2, String.class),
                row.get(3, LocalDate.class), row.get(4, String.class));
    }
}
