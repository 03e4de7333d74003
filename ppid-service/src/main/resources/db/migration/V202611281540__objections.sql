-- Objections (keberatan, UU 14/2008 Pasal 35-36) to the PPID's superior, and disputes (sengketa, Pasal 37-38) filed with
-- the Komisi Informasi. An objection has its own gap-free registration number (KEBERATAN/2026/000001).
CREATE TABLE objection (
    id                      UUID          PRIMARY KEY,
    registration_number     VARCHAR(30)   NOT NULL UNIQUE,
    request_id              UUID          NOT NULL REFERENCES information_request (id),
    status                  VARCHAR(20)   NOT NULL,
    grounds                 VARCHAR(300)  NOT NULL,
    reason                  VARCHAR(4000) NOT NULL,
    filed_on                DATE          NOT NULL,
    filed_by                VARCHAR(200),
    filed_via               VARCHAR(20)   NOT NULL,
    due_date                DATE          NOT NULL,
    calendar_version        VARCHAR(20)   NOT NULL,
    outcome                 VARCHAR(20),
    decision_reason         VARCHAR(4000),
    decided_on              DATE,
    decided_by              VARCHAR(200),
    dispute_due_date        DATE,
    commission_case_number  VARCHAR(100),
    dispute_filed_on        DATE,
    updated_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    row_version             INTEGER       NOT NULL DEFAULT 0
);

CREATE INDEX objection_request ON objection (request_id);
CREATE INDEX objection_status_due ON objection (status, due_date);
-- At most one objection under consideration per request.
CREATE UNIQUE INDEX objection_one_open_per_request ON objection (request_id) WHERE status = 'FILED';
