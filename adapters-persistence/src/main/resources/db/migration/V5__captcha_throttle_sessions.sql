-- Security state of the public pages and of the login (spec §2.1, §2.2): captcha challenges,
-- failed-login counts, server-side sessions. No secret is stored in clear: a captcha's answer and
-- a session's id are kept as SHA-256 hashes (64 hexadecimal characters).

create table captcha_challenge (
    id          uuid                     not null primary key,
    answer_hash varchar(64)              not null,
    expires_at  timestamp with time zone not null
);
create index captcha_challenge_expires_idx on captcha_challenge (expires_at);

-- One row per throttled key: a lower-case login (known or not) or a source IP address.
create table login_attempt (
    scope                varchar(10)              not null,
    attempt_key          varchar(256)             not null,
    consecutive_failures int                      not null,
    last_failure_at      timestamp with time zone not null,
    locked_until         timestamp with time zone,
    constraint login_attempt_pk primary key (scope, attempt_key),
    constraint login_attempt_scope_ck check (scope in ('ACCOUNT', 'ADDRESS')),
    constraint login_attempt_failures_ck check (consecutive_failures >= 1)
);
create index login_attempt_quiet_idx on login_attempt (scope, last_failure_at);

create table web_session (
    id_hash              varchar(64)              not null primary key,
    subject              varchar(64)              not null,
    subject_kind         varchar(20)              not null,
    scope                varchar(64)              not null,
    must_change_password boolean                  not null,
    csrf_token           varchar(64)              not null,
    created_at           timestamp with time zone not null,
    last_seen_at         timestamp with time zone not null,
    constraint web_session_subject_kind_ck check (subject_kind in ('PARTNER_USER', 'CAISSE_ADMIN'))
);
create index web_session_subject_idx on web_session (subject_kind, subject);
create index web_session_last_seen_idx on web_session (last_seen_at);
create index web_session_created_idx on web_session (created_at);
