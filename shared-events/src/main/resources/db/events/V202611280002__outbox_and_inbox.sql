-- Transactional outbox: a service writes its change and the event in one transaction; the relay publishes the row.
-- Columns id, aggregatetype, aggregateid, type, payload follow Debezium's outbox event router, so a deployment
-- can replace the polling relay with Debezium CDC without a schema change.
CREATE TABLE outbox_event (
    id             UUID          PRIMARY KEY,
    seq            BIGINT        GENERATED ALWAYS AS IDENTITY UNIQUE,
    aggregatetype  VARCHAR(100)  NOT NULL,
    aggregateid    VARCHAR(100)  NOT NULL,
    type           VARCHAR(150)  NOT NULL,
    version        INTEGER       NOT NULL,
    payload        JSONB         NOT NULL,
    occurred_at    TIMESTAMPTZ   NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    published_at   TIMESTAMPTZ,
    attempts       INTEGER       NOT NULL DEFAULT 0,
    last_error     VARCHAR(1000)
);

-- The relay reads pending rows in commit order; a partial index keeps that cheap however many rows were sent.
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Wake the relay at commit instead of waiting for its next poll.
CREATE FUNCTION outbox_event_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- Idempotent consumers: an event id recorded here, in the same transaction as the handler's effect, is never
-- applied again by the same consumer.
CREATE TABLE processed_event (
    consumer      VARCHAR(100)  NOT NULL,
    event_id      UUID          NOT NULL,
    type          VARCHAR(150)  NOT NULL,
    processed_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
