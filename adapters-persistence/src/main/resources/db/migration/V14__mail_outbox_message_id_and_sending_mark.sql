-- At most one duplicate per crash, recognisable (spec §7, ADR 0013). Each mail keeps one Message-ID, given when it
-- is put in the outbox and sent unchanged at every attempt, so that a copy sent twice carries the same one; and
-- sending_started_at marks the attempt in progress (committed before the SMTP server is called, cleared by the
-- outcome), so that a mail still marked when the outbox job picks it again was being sent when the service died:
-- the job sends it again and logs a possible duplicate.
alter table mail_outbox add column message_id varchar(250);
-- Mails already in the outbox get one from their id (unique within this database).
update mail_outbox set message_id = '<outbox-' || cast(id as varchar(20)) || '@portail-partenaires.invalid>';
alter table mail_outbox alter column message_id set not null;
create unique index mail_outbox_message_id_uk on mail_outbox (message_id);

alter table mail_outbox add column sending_started_at timestamp with time zone;
