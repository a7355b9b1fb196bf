-- « Modifier mon adresse mail » (spec §2.4): the pending request of an account to change its e-mail address,
-- waiting for the single-use token mailed to the new address. Only the token's SHA-256 is kept; an account
-- has at most one pending request; a confirmed one is deleted.
create table email_change_request (
    token_hash   varchar(64)              not null primary key,
    account_id   uuid                     not null references account (id) on delete cascade,
    new_email    varchar(254)             not null,
    requested_at timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    constraint email_change_request_account_uk unique (account_id)
);
