-- Information requests (permohonan informasi publik, UU 14/2008). Personal data: NIK, phone and address are stored
-- encrypted (AES-GCM, text "v1:..."); the NIK is found through its keyed hash (HMAC-SHA256), never decrypted to search.
CREATE TABLE information_request (
    id                          UUID          PRIMARY KEY,
    registration_number         VARCHAR(30)   NOT NULL UNIQUE,
    tracking_code               VARCHAR(20)   NOT NULL UNIQUE,
    channel                     VARCHAR(20)   NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    owner_subject               VARCHAR(200),
    recorded_by                 VARCHAR(200),

    applicant_type              VARCHAR(20)   NOT NULL,
    applicant_name              VARCHAR(200)  NOT NULL,
    applicant_nik               VARCHAR(200),
    applicant_nik_hash          VARCHAR(64),
    applicant_legal_entity_no   VARCHAR(100),
    applicant_address           VARCHAR(1000) NOT NULL,
    applicant_occupation        VARCHAR(100),
    applicant_phone             VARCHAR(200),
    applicant_email             VARCHAR(200),
    representative_name         VARCHAR(200),
    representative_nik          VARCHAR(200),
    representative_authority    VARCHAR(200),

    information_requested       VARCHAR(4000) NOT NULL,
    purpose                     VARCHAR(2000) NOT NULL,
    obtain_method               VARCHAR(10)   NOT NULL,
    copy_format                 VARCHAR(10),
    delivery_method             VARCHAR(10),

    received_at                 TIMESTAMPTZ   NOT NULL,
    received_on                 DATE          NOT NULL,
    due_date                    DATE          NOT NULL,
    calendar_version            VARCHAR(20)   NOT NULL,
    extended_on                 DATE,
    extension_reason            VARCHAR(2000),

    decision_outcome            VARCHAR(20),
    exemption_grounds           VARCHAR(200),
    consequence_test            VARCHAR(4000),
    withheld_parts              VARCHAR(2000),
    held_by                     VARCHAR(200),
    decision_copy_format        VARCHAR(10),
    decision_note               VARCHAR(4000),
    decided_on                  DATE,
    cost                        NUMERIC(12, 2) NOT NULL DEFAULT 0,

    delivered_at                TIMESTAMPTZ,
    delivered_by_method         VARCHAR(10),
    closed_at                   TIMESTAMPTZ,
    ended_reason                VARCHAR(2000),

    created_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    row_version                 INTEGER       NOT NULL DEFAULT 0,

    CONSTRAINT information_request_applicant_id CHECK (
        (applicant_type = 'PERSON' AND applicant_nik IS NOT NULL) OR
        (applicant_type = 'ORGANIZATION' AND applicant_legal_entity_no IS NOT NULL))
);

CREATE INDEX information_request_status_due ON information_request (status, due_date);
CREATE INDEX information_request_owner ON information_request (owner_subject) WHERE owner_subject IS NOT NULL;
CREATE INDEX information_request_nik_hash ON information_request (applicant_nik_hash) WHERE applicant_nik_hash IS NOT NULL;
CREATE INDEX information_request_received ON information_request (received_on);

-- Registration numbers are gap-free per kind and year: the counter row is locked by the transaction that takes a
-- number, so a rolled-back registration gives its number back.
CREATE TABLE registration_counter (
    kind        VARCHAR(20) NOT NULL,
    year        INTEGER     NOT NULL,
    last_value  INTEGER     NOT NULL,
    PRIMARY KEY (kind, year)
);
