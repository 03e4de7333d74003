-- Mail outbox: one row per e-mail, written in the same transaction as the state change it tells about, sent later by
-- the mail sender (service-common id.go.madiunkota.common.mail), which claims due rows with FOR UPDATE SKIP LOCKED,
-- retries with exponential backoff and gives up (DEAD) after madiun.mail.max-attempts. Recipient, subject and body
-- name the person: stored encrypted (v1:..., PersonalDataCipher). Kind, reference and last error carry no personal data.
CREATE TABLE mail_outbox (
    id               UUID          PRIMARY KEY,
    kind             VARCHAR(100)  NOT NULL,
    reference        VARCHAR(200)  NOT NULL,
    recipient        TEXT          NOT NULL,
    language         VARCHAR(2)    NOT NULL CHECK (language IN ('id', 'en')),
    subject          TEXT          NOT NULL,
    body             TEXT          NOT NULL,
    attachments      TEXT,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'DEAD')),
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    last_error       VARCHAR(500),
    created_at       TIMESTAMPTZ   NOT NULL,
    sent_at          TIMESTAMPTZ
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_outbox_reference ON mail_outbox (reference);

COMMENT ON COLUMN mail_outbox.kind IS 'The notification, e.g. ppid.request-received (labels the metrics)';
COMMENT ON COLUMN mail_outbox.reference IS 'The record the mail is about, e.g. the request id: no personal data';
COMMENT ON COLUMN mail_outbox.recipient IS 'E-mail address, encrypted (v1:...)';
COMMENT ON COLUMN mail_outbox.subject IS 'Rendered at queueing time, encrypted (v1:...)';
COMMENT ON COLUMN mail_outbox.body IS 'Plain text rendered at queueing time, encrypted (v1:...)';
COMMENT ON COLUMN mail_outbox.attachments IS 'References resolved to bytes at send time by a MailAttachmentSource, one a line (e.g. letter:ppid-decision:<id>)';
COMMENT ON COLUMN mail_outbox.next_attempt_at IS 'When a sender may take the row next: due time, or the end of a claim while one sends it';
COMMENT ON COLUMN mail_outbox.last_error IS 'The last failure''s exception class and SMTP reply, without addresses';
