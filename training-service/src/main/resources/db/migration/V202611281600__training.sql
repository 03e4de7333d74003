-- SPSE training sessions (public schedule) with their capacity; a registration locks its session row so that
-- concurrent registrations never exceed the capacity.
CREATE TABLE training_session (
    id               UUID          PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    audience         VARCHAR(30)   NOT NULL,
    session_date     DATE          NOT NULL,
    starts_at        TIMESTAMPTZ   NOT NULL,
    ends_at          TIMESTAMPTZ   NOT NULL,
    room             VARCHAR(100)  NOT NULL,
    capacity         INTEGER       NOT NULL CHECK (capacity > 0),
    trainer          VARCHAR(200)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    scheduled_by     VARCHAR(200)  NOT NULL,
    cancel_reason    VARCHAR(1000),
    cancelled_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    row_version      INTEGER       NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);
CREATE INDEX training_session_schedule ON training_session (audience, status, starts_at);

-- A participant's registration for one session. Name, NIP, phone and e-mail are personal data, encrypted at rest.
CREATE TABLE registration (
    id                    UUID          PRIMARY KEY,
    session_id            UUID          NOT NULL REFERENCES training_session (id),
    participant_type      VARCHAR(30)   NOT NULL,
    participant_name      TEXT          NOT NULL,
    organization          VARCHAR(200)  NOT NULL,
    nip                   TEXT,
    nip_hash              VARCHAR(100),
    provider_id           UUID,
    phone                 TEXT,
    email                 TEXT,
    guest_book_signed_at  TIMESTAMPTZ   NOT NULL,
    decree_number         VARCHAR(100),
    decree_date           DATE,
    status                VARCHAR(20)   NOT NULL,
    queue_number          INTEGER       NOT NULL,
    attempt               INTEGER       NOT NULL DEFAULT 1,
    previous_registration_id UUID       REFERENCES registration (id),
    registered_by         VARCHAR(200),
    registered_at         TIMESTAMPTZ   NOT NULL,
    attended_at           TIMESTAMPTZ,
    attendance_recorded_by VARCHAR(200),
    completed_at          TIMESTAMPTZ,
    understood            BOOLEAN,
    repeat_registration_id UUID,
    cancelled_at          TIMESTAMPTZ,
    cancel_reason         VARCHAR(1000),
    updated_at            TIMESTAMPTZ   NOT NULL,
    row_version           INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (session_id, queue_number)
);
CREATE INDEX registration_session_status ON registration (session_id, status);
CREATE INDEX registration_provider ON registration (provider_id);
CREATE INDEX registration_nip_hash ON registration (nip_hash);
-- A repeat that waits for the next session of the same audience.
CREATE INDEX registration_repeat_waiting ON registration (participant_type, completed_at)
    WHERE understood = FALSE AND repeat_registration_id IS NULL;

-- Providers activated by verification-service, invited to the next provider session (one invitation per provider).
CREATE TABLE invitation (
    id               UUID          PRIMARY KEY,
    provider_id      UUID          NOT NULL UNIQUE,
    verification_id  UUID,
    company_name     VARCHAR(300),
    business_form    VARCHAR(30),
    activated_at     TIMESTAMPTZ   NOT NULL,
    session_id       UUID          REFERENCES training_session (id),
    session_date     DATE,
    invited_at       TIMESTAMPTZ,
    status           VARCHAR(30)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX invitation_waiting ON invitation (status, activated_at);

-- The local copy of ppid-service's non-working days. A removed day stays as a tombstone (non_working = false) so that
-- an older event arriving late cannot bring it back: each day keeps the calendar version of its last change.
CREATE TABLE calendar_day (
    day               DATE          PRIMARY KEY,
    kind              VARCHAR(30)   NOT NULL,
    non_working       BOOLEAN       NOT NULL,
    calendar_version  INTEGER       NOT NULL,
    source            VARCHAR(20)   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL
);

-- The newest calendar version seen, and where the copy came from. One row.
CREATE TABLE calendar_copy (
    id                SMALLINT      PRIMARY KEY CHECK (id = 1),
    calendar_version  INTEGER       NOT NULL,
    filled_at         TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ   NOT NULL
);
INSERT INTO calendar_copy (id, calendar_version, filled_at, updated_at) VALUES (1, 0, NULL, now());
