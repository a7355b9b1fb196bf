-- Issue 19, findings 1 and 2: what a stranger who knows a login can no longer do to its owner.
--
-- A forgotten-password request no longer touches the account's password: the temporary password waits here, beside
-- it, until it is used (then it becomes the account's password, to be changed at once) or expires. The code digest
-- is a SHA-256 of the temporary password (a 70-bit random secret: a fast digest is enough, and it lets every login
-- check it at no cost); the Argon2id hash is what the account's password becomes when it is used.
create table password_reset (
    account_id    uuid                     not null primary key,
    code_digest   varchar(64)              not null,
    password_hash varchar(255)             not null,
    expires_at    timestamp with time zone not null,
    requested_at  timestamp with time zone not null,
    constraint password_reset_account_fk foreign key (account_id) references account (id) on delete cascade
);
create index password_reset_expires_idx on password_reset (expires_at);

-- Keys the portal signs with (the device cookies of the login), drawn by the first instance that needs one and
-- shared by every instance on the database.
create table signing_key (
    purpose    varchar(40)              not null primary key,
    secret     varchar(100)             not null,
    created_at timestamp with time zone not null
);

-- Failed logins are now counted per (account, source address), per known device, per account from unknown devices
-- and per source address; security notifications are limited per account.
alter table login_attempt drop constraint login_attempt_scope_ck;
alter table login_attempt add constraint login_attempt_scope_ck
    check (scope in ('ACCOUNT', 'ADDRESS', 'PASSWORD_RESET_ADDRESS', 'PASSWORD_RESET_ACCOUNT', 'CONTACT_ADDRESS',
                     'REGISTRATION_ADDRESS', 'CAPTCHA_ADDRESS', 'ACCOUNT_SOURCE', 'DEVICE', 'SECURITY_MAIL_ACCOUNT'));
