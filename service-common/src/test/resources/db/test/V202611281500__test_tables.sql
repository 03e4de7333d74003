-- Tables of service-common's own tests only (location db/test is never packaged).

-- One row per side effect of the idempotency test endpoints: a request that ran twice leaves two rows.
CREATE TABLE idempotency_test_effect (
    id          BIGSERIAL     PRIMARY KEY,
    label       VARCHAR(300)  NOT NULL,
    created_by  VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- A person with encrypted NIK and NPWP, as a service would store one.
CREATE TABLE privacy_test_person (
    id        UUID          PRIMARY KEY,
    name      VARCHAR(100)  NOT NULL,
    nik       TEXT          NOT NULL,
    nik_hash  VARCHAR(64)   NOT NULL,
    npwp      TEXT
);
CREATE INDEX privacy_test_person_nik_hash ON privacy_test_person (nik_hash);
