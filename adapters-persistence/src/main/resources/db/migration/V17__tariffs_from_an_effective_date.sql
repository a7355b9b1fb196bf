-- The flat fee of a convention's service from an effective date (spec §3.4): a history of fees; invoicing takes
-- the one in force on the transmission date. The fees set before (one per convention) stay in force since always.
create table convention_tariff_period (
    convention_id  uuid   not null references convention (id),
    effective_from date   not null,
    amount_cents   bigint not null,
    primary key (convention_id, effective_from),
    constraint convention_tariff_period_amount_ck check (amount_cents >= 0)
);
insert into convention_tariff_period (convention_id, effective_from, amount_cents)
    select convention_id, date '1900-01-01', amount_cents from convention_tariff;
drop table convention_tariff;
