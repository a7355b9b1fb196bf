-- Billing and exchange history (spec §5): tariffs, invoice lines, global invoices, payments (payment slips),
-- exchange history. Written for H2 (PostgreSQL mode) and PostgreSQL alike.

-- The tariff of a convention: the amount of one invoice line. A convention without a row here is billed at the
-- deployment's default tariff (BillingSettings, 80,00 € unless configured).
create table convention_tariff (
    convention_id uuid   not null primary key references convention (id),
    amount_cents  bigint not null,
    constraint convention_tariff_amount_ck check (amount_cents >= 0)
);

-- A global invoice (facture globale) of a convention: numbered FG-<code>-<sequence>, one sequence per convention.
create table global_invoice (
    id            uuid        not null primary key,
    convention_id uuid        not null references convention (id),
    sequence_no   int         not null,
    number        varchar(30) not null,
    issued_at     timestamp with time zone not null,
    trigger_kind  varchar(20) not null,
    line_count    int         not null,
    total_cents   bigint      not null,
    constraint global_invoice_number_uk unique (number),
    constraint global_invoice_sequence_uk unique (convention_id, sequence_no),
    -- the target of invoice_line's composite key: a line joins an invoice of its own convention only
    constraint global_invoice_convention_uk unique (id, convention_id),
    constraint global_invoice_sequence_ck check (sequence_no >= 1),
    constraint global_invoice_trigger_ck check (trigger_kind in ('SEUIL_ATTEINT', 'HEBDOMADAIRE')),
    constraint global_invoice_lines_ck check (line_count >= 1),
    constraint global_invoice_total_ck check (total_cents >= 0)
);
create index global_invoice_issued_idx on global_invoice (issued_at, id);

-- One line per transmitted visit certificate. Open while invoice_id is null; a single invoice_id column means a
-- line belongs to one invoice at most, and the invoicing job sets it only where it is still null.
create table invoice_line (
    id                    uuid         not null primary key,
    convention_id         uuid         not null references convention (id),
    certificate_reference varchar(40)  not null,
    retiree_name          varchar(100) not null,
    nir                   varchar(15)  not null,
    amount_cents          bigint       not null,
    transmitted_at        timestamp with time zone not null,
    invoice_id            uuid,
    invoice_position      int,
    constraint invoice_line_certificate_uk unique (convention_id, certificate_reference),
    constraint invoice_line_invoice_fk foreign key (invoice_id, convention_id)
        references global_invoice (id, convention_id),
    constraint invoice_line_position_uk unique (invoice_id, invoice_position),
    constraint invoice_line_position_ck check ((invoice_id is null) = (invoice_position is null)),
    constraint invoice_line_amount_ck check (amount_cents >= 0)
);
-- The job's query: the open lines (invoice_id null) of each convention, oldest transmission first.
create index invoice_line_open_idx on invoice_line (invoice_id, convention_id, transmitted_at, id);

-- The caisse's payment of an invoice (one per invoice), which is the partner's payment slip from visible_from on.
create table payment (
    id            uuid        not null primary key,
    invoice_id    uuid        not null references global_invoice (id),
    convention_id uuid        not null references convention (id),
    paid_on       date        not null,
    reference     varchar(30) not null,
    amount_cents  bigint      not null,
    visible_from  timestamp with time zone not null,
    recorded_at   timestamp with time zone not null,
    constraint payment_invoice_uk unique (invoice_id),
    constraint payment_amount_ck check (amount_cents >= 0)
);
create index payment_convention_idx on payment (convention_id, visible_from, paid_on);

create table payment_line (
    payment_id            uuid         not null references payment (id),
    line_no               int          not null,
    certificate_reference varchar(40)  not null,
    retiree_name          varchar(100) not null,
    nir                   varchar(15)  not null,
    amount_cents          bigint       not null,
    primary key (payment_id, line_no),
    constraint payment_line_certificate_uk unique (payment_id, certificate_reference),
    constraint payment_line_amount_ck check (amount_cents >= 0)
);

-- The exchange history (historique des échanges): appended by the services, never updated, purged after six
-- months. No foreign keys: an entry is a trace that outlives nothing it names for longer than its retention.
create table exchange_entry (
    id                 uuid         not null primary key,
    occurred_at        timestamp with time zone not null,
    period_from        date         not null,
    period_to          date         not null,
    regime_code        varchar(20)  not null,
    caisse_code        varchar(40)  not null,
    application        varchar(60)  not null,
    exchange_interface varchar(30)  not null,
    commentaire        varchar(300) not null,
    partner_id         uuid         not null,
    convention_id      uuid,
    constraint exchange_entry_period_ck check (period_to >= period_from),
    constraint exchange_entry_interface_ck check (exchange_interface in
        ('BORDEREAU_PAIEMENT', 'ATTESTATION_VISITE', 'ORDRE_INTERVENTION'))
);
-- A partner's or a caisse's search by date (keyset on occurred_at, id), and the purge by date.
create index exchange_entry_partner_idx on exchange_entry (partner_id, occurred_at, id);
create index exchange_entry_caisse_idx on exchange_entry (caisse_code, occurred_at, id);
create index exchange_entry_occurred_idx on exchange_entry (occurred_at, id);
