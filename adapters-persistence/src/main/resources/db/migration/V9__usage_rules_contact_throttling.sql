-- Security features of spec §2.2–2.4: the usage rules each account accepted (CAF profile), the flag of the
-- sessions that must accept them first, the copies of the contact form's messages, and the throttling
-- counters of the forgotten-password and contact requests (login_attempt gets more scopes).

-- Every acceptance is kept: what a user had agreed to at any date.
create table usage_rules_acceptance (
    account_id  uuid                     not null references account (id) on delete cascade,
    version     varchar(20)              not null,
    accepted_at timestamp with time zone not null,
    constraint usage_rules_acceptance_pk primary key (account_id, version)
);

alter table web_session add column must_accept_rules boolean default false not null;

create table contact_message (
    id             uuid                     not null primary key,
    sent_at        timestamp with time zone not null,
    sender_name    varchar(100)             not null,
    sender_email   varchar(254)             not null,
    subject        varchar(150)             not null,
    message        varchar(5000)            not null,
    -- the logged-in sender, if any; a deleted account leaves the message anonymous
    account_id     uuid                     references account (id) on delete set null,
    source_address varchar(64)
);
create index contact_message_sent_idx on contact_message (sent_at, id);

alter table login_attempt drop constraint login_attempt_scope_ck;
alter table login_attempt alter column scope set data type varchar(30);
alter table login_attempt add constraint login_attempt_scope_ck
    check (scope in ('ACCOUNT', 'ADDRESS', 'PASSWORD_RESET_ADDRESS', 'PASSWORD_RESET_ACCOUNT', 'CONTACT_ADDRESS'));
