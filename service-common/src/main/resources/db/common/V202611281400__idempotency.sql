-- Idempotency-Key (api.md): the first answer to a write request, replayed when the same caller repeats the key.
-- A row is written before the request runs (status NULL: in progress), so that of two concurrent duplicates the primary
-- key lets one run; it is completed with the answer when that is a 2xx, deleted otherwise. Rows older than 24 hours
-- are ignored and deleted.
CREATE TABLE idempotency_record (
    key               VARCHAR(200)  NOT NULL,
    principal         VARCHAR(200)  NOT NULL,
    method            VARCHAR(10)   NOT NULL,
    path              TEXT          NOT NULL,
    request_hash      VARCHAR(64)   NOT NULL,
    status            INTEGER,
    response_body     TEXT,
    response_headers  JSONB,
    created_at        TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (principal, key)
);

CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);

COMMENT ON COLUMN idempotency_record.principal IS 'The token subject of the caller, or anonymous';
COMMENT ON COLUMN idempotency_record.request_hash IS 'SHA-256 of the request body, hex';
COMMENT ON COLUMN idempotency_record.status IS 'HTTP status of the stored answer; NULL while the first request runs';
COMMENT ON COLUMN idempotency_record.response_headers IS 'Location and Content-Type of the stored answer';
