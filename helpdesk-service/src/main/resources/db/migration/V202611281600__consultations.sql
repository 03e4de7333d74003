-- LPSE helpdesk consultations (the seed's flow: consult, resolve directly or escalate to LKPP, relay, close).
-- Personal data: the caller's phone is stored encrypted (AES-GCM, text "v1:..."); it never goes to events or logs.
CREATE TABLE consultation (
    id                  UUID          PRIMARY KEY,
    channel             VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    caller_name         VARCHAR(200)  NOT NULL,
    caller_role         VARCHAR(30)   NOT NULL,
    caller_organization VARCHAR(200),
    caller_phone        TEXT,
    topic               VARCHAR(40)   NOT NULL,
    question            VARCHAR(4000) NOT NULL,
    agent               VARCHAR(200)  NOT NULL,
    opened_at           TIMESTAMPTZ   NOT NULL,
    answer              VARCHAR(4000),
    resolved_at         TIMESTAMPTZ,
    resolved_by         VARCHAR(200),
    escalation_count    INTEGER       NOT NULL DEFAULT 0,
    lkpp_wait_seconds   INTEGER       NOT NULL DEFAULT 0,
    closed_at           TIMESTAMPTZ,
    closed_by           VARCHAR(200),
    target_minutes      INTEGER,
    within_target       BOOLEAN,
    updated_at          TIMESTAMPTZ   NOT NULL,
    row_version         INTEGER       NOT NULL DEFAULT 0
);

CREATE INDEX consultation_opened ON consultation (opened_at);
CREATE INDEX consultation_status ON consultation (status);

-- One escalation to LKPP: asked when, LKPP's answer with its reference, relayed to the caller, accepted or not.
-- A consultation the caller did not accept goes back to OPEN and may be escalated again (number 2, 3, ...).
CREATE TABLE lkpp_escalation (
    id                  UUID          PRIMARY KEY,
    consultation_id     UUID          NOT NULL REFERENCES consultation (id),
    number              INTEGER       NOT NULL,
    note                VARCHAR(4000) NOT NULL,
    escalated_at        TIMESTAMPTZ   NOT NULL,
    escalated_by        VARCHAR(200)  NOT NULL,
    callback_id         UUID          NOT NULL,
    answer              VARCHAR(4000),
    lkpp_reference      VARCHAR(100),
    answered_at         TIMESTAMPTZ,
    answer_recorded_by  VARCHAR(200),
    relayed_at          TIMESTAMPTZ,
    accepted            BOOLEAN,
    UNIQUE (consultation_id, number)
);

-- Callback tasks: the agent calls the caller back (the seed: "call again after 10 minutes"). notified_at is set by a
-- guarded UPDATE in the transaction that writes CallbackDue to the outbox, so the event goes out once.
CREATE TABLE callback (
    id                  UUID          PRIMARY KEY,
    consultation_id     UUID          NOT NULL REFERENCES consultation (id),
    agent               VARCHAR(200)  NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    due_at              TIMESTAMPTZ   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    notified_at         TIMESTAMPTZ,
    completed_at        TIMESTAMPTZ,
    note                VARCHAR(2000),
    row_version         INTEGER       NOT NULL DEFAULT 0
);

CREATE INDEX callback_agent_open ON callback (agent, due_at) WHERE status = 'PENDING';
CREATE INDEX callback_unnotified ON callback (due_at) WHERE status = 'PENDING' AND notified_at IS NULL;
CREATE INDEX callback_consultation ON callback (consultation_id);
