-- Convention requests and the convention a partner user works on (spec §3.3).

-- Set to partner|code while a request is pending, null otherwise: its unique key refuses a second pending
-- request of the same partner for the same code even when both arrive at once (no partial indexes on H2).
-- A pending request and a validated convention cannot clash: whoever comes second sees the first.
alter table convention add column pending_key varchar(50);
update convention set pending_key = cast(partner_id as varchar(36)) || '|' || code
    where status = 'EN_ATTENTE_DE_VALIDATION';
alter table convention add constraint convention_pending_uk unique (pending_key);

-- The convention the session's partner user selected (the selector under the page title); null until they
-- choose, in which case the first effective convention applies.
alter table web_session add column selected_convention uuid;
alter table web_session add constraint web_session_selected_convention_fk
    foreign key (selected_convention) references convention (id) on delete set null;
