-- Signed convention numbers as the caisse registers them (spec §3.4): the partner type the number was signed
-- for, the raison sociale the caisse expects (shown beside the one typed when it validates), and the dates of the
-- signed convention. Numbers registered before this version keep no type, no name and no dates: any type may
-- use them, at any date.
alter table convention_number add column partner_type varchar(40);
alter table convention_number add constraint convention_number_type_fk
    foreign key (partner_type) references partner_type (code);
alter table convention_number add column expected_name varchar(100);
alter table convention_number add column valid_from date;
alter table convention_number add column valid_until date;
alter table convention_number add constraint convention_number_dates_ck
    check (valid_until is null or valid_from is null or valid_until >= valid_from);
