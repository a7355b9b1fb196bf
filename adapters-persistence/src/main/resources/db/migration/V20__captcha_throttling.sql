-- Captchas are throttled per source address (issue 19): one more scope of login_attempt.
alter table login_attempt drop constraint login_attempt_scope_ck;
alter table login_attempt add constraint login_attempt_scope_ck
    check (scope in ('ACCOUNT', 'ADDRESS', 'PASSWORD_RESET_ADDRESS', 'PASSWORD_RESET_ACCOUNT', 'CONTACT_ADDRESS',
                     'REGISTRATION_ADDRESS', 'CAPTCHA_ADDRESS'));
