-- Partners, their users and the caisse administrators (one account table: a login is unique in the whole
-- portal), conventions, and self-registrations (pré-inscriptions). Spec §2.1, §2.2, §3.2, §3.3.

-- Convention numbers signed with a caisse: a registration must name one of them (spec §1 "it must exist for the
-- chosen caisse"). Filled by the caisse back-office (demo data in the embedded default).
create table convention_number (
    caisse_code     varchar(40) not null references caisse (code),
    code            varchar(6)  not null,
    created_at      timestamp with time zone not null,
    primary key (caisse_code, code)
);

create table partner (
    id                      uuid         not null primary key,
    name                    varchar(100) not null,
    siret                   varchar(14),
    phone                   varchar(10)  not null,
    email                   varchar(254),
    addr_mention            varchar(38),
    addr_batiment           varchar(38),
    addr_numero             varchar(4),
    addr_complement         varchar(1),
    addr_voie               varchar(38),
    addr_lieu_dit           varchar(38),
    addr_code_postal        varchar(5)   not null,
    addr_commune            varchar(38)  not null,
    addr_cedex              varchar(38),
    addr_canton             varchar(38),
    created_at              timestamp with time zone not null,
    version                 bigint       not null
);

-- Everyone who logs in: partner users (partner_id set) and caisse administrators (caisse_code set).
create table account (
    id                      uuid         not null primary key,
    kind                    varchar(20)  not null check (kind in ('PARTNER_USER', 'CAISSE_ADMIN')),
    partner_id              uuid         references partner (id),
    caisse_code             varchar(40)  references caisse (code),
    login                   varchar(30)  not null,
    login_key               varchar(30)  not null,
    last_name               varchar(50)  not null,
    first_name              varchar(50)  not null,
    phone                   varchar(10),
    email                   varchar(254) not null,
    administrator           boolean      not null,
    password_hash           varchar(255),
    password_expires_at     timestamp with time zone,
    must_change_password    boolean      not null,
    last_login_at           timestamp with time zone,
    created_at              timestamp with time zone not null,
    constraint account_login_key_uk unique (login_key),
    constraint account_scope_ck check ((kind = 'PARTNER_USER' and partner_id is not null and caisse_code is null)
                                    or (kind = 'CAISSE_ADMIN' and caisse_code is not null and partner_id is null))
);
create index account_partner_idx on account (partner_id, login_key);

create table convention (
    id                  uuid         not null primary key,
    partner_id          uuid         not null references partner (id),
    caisse_code         varchar(40)  not null references caisse (code),
    code                varchar(6)   not null,
    partner_type        varchar(40)  not null references partner_type (code),
    status              varchar(30)  not null check (status in ('EN_ATTENTE_DE_VALIDATION', 'VALIDEE', 'INVALIDEE')),
    requested_at        timestamp with time zone not null,
    decided_at          timestamp with time zone,
    motif               varchar(500),
    date_cloture        date,
    version             bigint       not null
);
create index convention_partner_idx on convention (partner_id, requested_at, id);
create index convention_caisse_idx on convention (caisse_code, status, requested_at, id);

create table registration (
    id                  uuid         not null primary key,
    status              varchar(30)  not null check (status in ('EN_ATTENTE_DE_VALIDATION', 'VALIDEE', 'INVALIDEE')),
    -- set to caisse|code while the request is pending, null afterwards: the unique index refuses a second
    -- pending request for the same convention even under concurrency (no partial indexes on H2)
    pending_key         varchar(50),
    caisse_code         varchar(40)  not null references caisse (code),
    convention_code     varchar(6)   not null,
    partner_type        varchar(40)  not null references partner_type (code),
    partner_name        varchar(100) not null,
    siret               varchar(14),
    phone               varchar(10)  not null,
    addr_mention        varchar(38),
    addr_batiment       varchar(38),
    addr_numero         varchar(4),
    addr_complement     varchar(1),
    addr_voie           varchar(38),
    addr_lieu_dit       varchar(38),
    addr_code_postal    varchar(5)   not null,
    addr_commune        varchar(38)  not null,
    addr_cedex          varchar(38),
    addr_canton         varchar(38),
    admin_last_name     varchar(50)  not null,
    admin_first_name    varchar(50)  not null,
    admin_login         varchar(30)  not null,
    admin_login_key     varchar(30)  not null,
    admin_email         varchar(254) not null,
    admin_phone         varchar(10)  not null,
    cgu_version         varchar(20)  not null,
    cgu_accepted_at     timestamp with time zone not null,
    submitted_at        timestamp with time zone not null,
    decided_at          timestamp with time zone,
    decided_by          uuid,
    motif               varchar(500),
    partner_id          uuid,
    version             bigint       not null,
    constraint registration_pending_uk unique (pending_key)
);
create index registration_caisse_idx on registration (caisse_code, status, submitted_at, id);
create index registration_login_idx on registration (admin_login_key, status);
