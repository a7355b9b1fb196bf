-- The CAF profile's AFAS conventions (spec §6): created by a CAF for a partner, with their activities and places,
-- the groups AFAS-HAB / AFAS-DEC, their users (accounts of the partner whose login is a generated identifier),
-- the users' memberships, their role grants (habilitations) and the approver validation requests sent to the CAF.
-- One aggregate, saved under the optimistic version of afas_convention.

-- next_sequence is the identifier counter: drawing one updates this row in the drawing transaction, so two
-- concurrent draws wait for each other and a rolled-back draw gave nothing away. The prefix is unique, so an
-- identifier (prefix + two letters) is never given twice.
create table afas_convention (
    id                  uuid         not null primary key,
    partner_id          uuid         not null references partner (id),
    caf_code            varchar(40)  not null references caisse (code),
    libelle             varchar(100) not null,
    caf_pivot           varchar(100) not null,
    opened_on           date         not null,
    closed_on           date,
    validated_on        date         not null,
    identifier_prefix   varchar(20)  not null,
    next_sequence       int          not null,
    version             bigint       not null,
    constraint afas_convention_prefix_uk unique (identifier_prefix),
    constraint afas_convention_sequence_ck check (next_sequence >= 0)
);
create index afas_convention_partner_idx on afas_convention (partner_id, libelle);
create index afas_convention_caf_idx on afas_convention (caf_code, libelle);

create table afas_activity (
    id                  uuid         not null primary key,
    convention_id       uuid         not null references afas_convention (id),
    seq_no              int          not null,
    libelle             varchar(100) not null,
    activity_type       varchar(100) not null,
    nature              varchar(100)
);
create index afas_activity_convention_idx on afas_activity (convention_id, seq_no);

create table afas_place (
    id                  uuid         not null primary key,
    activity_id         uuid         not null references afas_activity (id),
    seq_no              int          not null,
    libelle             varchar(100) not null
);
create index afas_place_activity_idx on afas_place (activity_id, seq_no);

create table afas_group (
    convention_id       uuid         not null references afas_convention (id),
    code                varchar(10)  not null check (code in ('AFAS_HAB', 'AFAS_DEC')),
    niveau              int          not null,
    opened_on           date         not null,
    closed_on           date,
    primary key (convention_id, code)
);

-- Names, e-mail and phone are the account's; email_key (the address in lower case at creation) makes an address
-- serve one AFAS user only, even when two creations race.
create table afas_user (
    account_id          uuid         not null primary key references account (id) on delete cascade,
    convention_id       uuid         not null references afas_convention (id),
    seq_no              int          not null,
    email_key           varchar(254) not null,
    work_style          varchar(12)  not null check (work_style in ('SEDENTAIRE', 'ITINERANT')),
    opened_on           date         not null,
    closed_on           date,
    constraint afas_user_email_uk unique (email_key)
);
create index afas_user_convention_idx on afas_user (convention_id, seq_no);

create table afas_membership (
    convention_id       uuid         not null references afas_convention (id),
    seq_no              int          not null,
    account_id          uuid         not null references account (id) on delete cascade,
    group_code          varchar(10)  not null check (group_code in ('AFAS_HAB', 'AFAS_DEC')),
    opened_on           date         not null,
    closed_on           date,
    primary key (convention_id, seq_no)
);
create index afas_membership_account_idx on afas_membership (account_id);

create table afas_validation_request (
    id                  uuid         not null primary key,
    convention_id       uuid         not null references afas_convention (id),
    seq_no              int          not null,
    approver_id         uuid         not null references account (id) on delete cascade,
    requested_on        date         not null,
    validated_on        date,
    deadline            date,
    constraint afas_validation_request_decided_ck check ((validated_on is null) = (deadline is null))
);
create index afas_validation_request_convention_idx on afas_validation_request (convention_id, seq_no);

create table afas_validation_request_activity (
    request_id          uuid         not null references afas_validation_request (id) on delete cascade,
    seq_no              int          not null,
    activity_id         uuid         not null references afas_activity (id),
    primary key (request_id, seq_no)
);

create table afas_grant (
    id                  uuid         not null primary key,
    convention_id       uuid         not null references afas_convention (id),
    seq_no              int          not null,
    account_id          uuid         not null references account (id) on delete cascade,
    role                varchar(40)  not null check (role in ('APPROBATEUR', 'FOURNISSEUR_DONNEES_ACTIVITE',
                                                              'FOURNISSEUR_DONNEES_FINANCIERES')),
    activity_id         uuid         references afas_activity (id),
    place_id            uuid         references afas_place (id),
    starts_on           date         not null,
    ends_on             date,
    request_id          uuid         references afas_validation_request (id) on delete cascade,
    validated_on        date,
    constraint afas_grant_target_ck check ((activity_id is null and place_id is not null)
                                        or (activity_id is not null and place_id is null)),
    constraint afas_grant_place_role_ck check (place_id is null or role = 'FOURNISSEUR_DONNEES_ACTIVITE')
);
create index afas_grant_convention_idx on afas_grant (convention_id, seq_no);
