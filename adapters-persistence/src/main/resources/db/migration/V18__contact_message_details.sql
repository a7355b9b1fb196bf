-- The seed's « Nous contacter » fields kept with each message (spec §10.2): the convention number and telephone the
-- sender gave, and optionally their institution, département and first name. Messages sent before stay without.
alter table contact_message add column convention_number varchar(12);
alter table contact_message add column institution varchar(100);
alter table contact_message add column departement varchar(50);
alter table contact_message add column first_name varchar(50);
alter table contact_message add column phone varchar(14);
