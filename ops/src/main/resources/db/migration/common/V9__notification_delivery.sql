-- A temporary delivery failure is retried for a period (catwork.notifications.retry-for) from when the email was
-- queued or resent, no longer for a count of attempts.
alter table notification_outbox add column pending_since timestamp(6) with time zone;
update notification_outbox set pending_since = created_at;
alter table notification_outbox alter column pending_since set not null;

-- An email that carries a one-time secret (a worker's activation token) keeps only a reference to it: the secret is
-- issued and put into the email when it is sent, so no outbox row ever holds a usable token.
alter table notification_outbox add column secret_ref varchar(100);

-- Activation emails queued before this release kept their token in the body: those that went out no longer do.
update notification_outbox set body = 'This email carried a one-time activation token, which is not kept.'
where template = 'worker-activation' and secret_ref is null and status <> 'PENDING';
