-- The Habitat service (spec §4): the caisse's intervention orders (commandes d'intervention), the ergothérapeute's
-- visit certificate of each (attestation de visite) and the caisse's decision notification.
--
-- The list of an ergothérapeute is always scoped to one convention, filtered (open files, Visite à faire, Relance,
-- Dossier clos), searched by exact NIR and sorted by NIR, date de commande or Relance, and keyset-paginated: never
-- OFFSET. So the order row keeps its list state in plain, indexable columns, written in the same transaction as the
-- certificate and the decision:
--   certificate_state  AUCUNE (no certificate: Visite à faire), BROUILLON, TRANSMISE, SANS_SUITE
--   to_visit           certificate_state = AUCUNE
--   sent               certificate_state in (TRANSMISE, SANS_SUITE): nothing more to send to the caisse
--   closed             Dossier clos: the decision is loaded, or sans suite
-- Relance is derived, never stored: not sent and date de commande on or before today minus 60 days (a range on
-- order_date within sent = false). Sorting by Relance is ordering by (sent, order_date, id): the files en relance
-- come first, whatever today is.
--
-- Each index starts with the convention, then the filter's equality column, then the sort key, and ends with the
-- order id (the tiebreaker of the keyset), so that every page, however deep, is one index range scan.
-- No partial or expression index: H2 has none.

create table habitat_order (
    id                      uuid          not null primary key,
    convention_id           uuid          not null references convention (id),
    nir                     varchar(15)   not null,
    last_name               varchar(50)   not null,
    first_name              varchar(50)   not null,
    addr_mention            varchar(38),
    addr_batiment           varchar(38),
    addr_numero             varchar(4),
    addr_complement         varchar(1),
    addr_voie               varchar(38),
    addr_lieu_dit           varchar(38),
    addr_code_postal        varchar(5)    not null,
    addr_commune            varchar(38)   not null,
    addr_cedex              varchar(38),
    addr_canton             varchar(38),
    phone                   varchar(10)   not null,
    ressources              varchar(2)    not null check (ressources in ('PS', 'C')),
    order_date              date          not null,
    provider_name           varchar(100)  not null,
    provider_coordinates    varchar(300)  not null,
    eva_date                date          not null,
    eva_gir                 integer       not null check (eva_gir between 1 and 6),
    eva_housing             varchar(2000) not null,
    certificate_state       varchar(12)   not null
        check (certificate_state in ('AUCUNE', 'BROUILLON', 'TRANSMISE', 'SANS_SUITE')),
    to_visit                boolean       not null,
    sent                    boolean       not null,
    closed                  boolean       not null,
    created_at              timestamp with time zone not null,
    version                 bigint        not null,
    constraint habitat_order_to_visit_ck check (to_visit = (certificate_state = 'AUCUNE')),
    constraint habitat_order_sent_ck check (sent = (certificate_state in ('TRANSMISE', 'SANS_SUITE'))),
    constraint habitat_order_closed_ck check (closed = false or sent = true)
);

-- open files (closed = false) and Dossier clos (closed = true), by NIR, by date, by Relance
create index habitat_order_closed_nir_idx on habitat_order (convention_id, closed, nir, id);
create index habitat_order_closed_date_idx on habitat_order (convention_id, closed, order_date, id);
create index habitat_order_closed_relance_idx on habitat_order (convention_id, closed, sent, order_date, id);
-- Visite à faire (to_visit = true), by NIR, by date (and by Relance: nothing is sent, so by date)
create index habitat_order_to_visit_nir_idx on habitat_order (convention_id, to_visit, nir, id);
create index habitat_order_to_visit_date_idx on habitat_order (convention_id, to_visit, order_date, id);
-- Relance (sent = false, order_date up to a day), by NIR, by date (and by Relance: by date)
create index habitat_order_sent_nir_idx on habitat_order (convention_id, sent, nir, id);
create index habitat_order_sent_date_idx on habitat_order (convention_id, sent, order_date, id);

-- The visit certificate, once created: a draft (BROUILLON) is deleted by deleting its row.
create table habitat_visit_certificate (
    order_id                uuid          not null primary key references habitat_order (id),
    state                   varchar(12)   not null check (state in ('BROUILLON', 'TRANSMISE', 'SANS_SUITE')),
    visit_date              date,
    observations            varchar(4000),
    recommended_works       varchar(400),
    recommendations         varchar(4000),
    saved_at                timestamp with time zone,
    transmitted_at          timestamp with time zone,
    sans_suite_motif        varchar(40),
    sans_suite_comment      varchar(1000),
    declared_at             timestamp with time zone,
    constraint habitat_visit_certificate_state_ck check (
        (state = 'BROUILLON' and saved_at is not null and transmitted_at is null and declared_at is null)
        or (state = 'TRANSMISE' and visit_date is not null and transmitted_at is not null and declared_at is null)
        or (state = 'SANS_SUITE' and sans_suite_motif is not null and declared_at is not null))
);

-- The caisse's notification de décision de l'aide Habitat, on a transmitted certificate; it closes the file.
create table habitat_decision (
    order_id                uuid          not null primary key references habitat_visit_certificate (order_id),
    work_type               varchar(40)   not null,
    ceiling_cents           bigint        not null check (ceiling_cents > 0),
    effective_date          date          not null,
    duration_months         integer       not null check (duration_months >= 1),
    payment_terms           varchar(20)   not null check (payment_terms in ('AVEC_SUBROGATION', 'SANS_SUBROGATION'))
);
