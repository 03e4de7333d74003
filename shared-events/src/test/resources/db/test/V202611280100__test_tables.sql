-- Tables of the test application only: a business change to pair with outbox rows, and a consumer's side effect.
CREATE TABLE test_order (
    id    UUID PRIMARY KEY,
    note  VARCHAR(100) NOT NULL
);

CREATE TABLE test_effect (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id  UUID         NOT NULL,
    subject   VARCHAR(100) NOT NULL,
    marker    VARCHAR(100) NOT NULL,
    -- when the consumer applied it, for the latency benchmark
    applied_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
