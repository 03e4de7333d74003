-- Deadline notices already emitted by the deadline watch: one row per request (or objection), kind of notice and due
-- date. Inserted with ON CONFLICT DO NOTHING in the transaction that adds the event to the outbox, so two instances
-- never both emit; a new due date (recomputed or extended) may be noticed again.
CREATE TABLE deadline_notice (
    aggregate_id  UUID         NOT NULL,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('APPROACHING', 'BREACHED')),
    due_date      DATE         NOT NULL,
    emitted_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (aggregate_id, kind, due_date)
);
