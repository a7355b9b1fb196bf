-- One identity (issue 16): a person's login, e-mail, password and status have one owner, the account. The CAF
-- profile's AFAS users kept two facts of their account beside it, in afas_user: the key of their address (unique
-- among them, spec §6.3) and their closing date (« date de clôture », their status). Both move onto the account, with
-- every existing value; afas_user keeps what only AFAS knows (convention, sequence, poste, date d'ouverture).
--
-- email_key is the address in lower case for an account whose address is reserved (unique in the portal: the AFAS
-- users), null for the others (partner users of PPAS and caisse administrators may share an address, as before).
-- A unique key admits any number of nulls on H2 and PostgreSQL alike.
alter table account add column email_key varchar(254);
alter table account add column closed_on date;

update account
   set email_key = (select afas_user.email_key from afas_user where afas_user.account_id = account.id),
       closed_on = (select afas_user.closed_on from afas_user where afas_user.account_id = account.id)
 where id in (select account_id from afas_user);

alter table account add constraint account_email_key_uk unique (email_key);

alter table afas_user drop constraint afas_user_email_uk;
alter table afas_user drop column email_key;
alter table afas_user drop column closed_on;
