-- Providers (penyedia barang/jasa) registered online, awaiting or past their in-person verification.
-- Personal data: the NPWP (for an individual it is their NIK), the director's NIK, phone and address are stored
-- encrypted (AES-GCM, text "v1:..."); the NPWP and NIK are found through their keyed hash (HMAC-SHA256).
CREATE TABLE provider (
    id                  UUID          PRIMARY KEY,
    company_name        VARCHAR(200)  NOT NULL,
    business_form       VARCHAR(20)   NOT NULL,
    npwp                VARCHAR(200)  NOT NULL,
    -- keyed hash of the NPWP in its 16-digit form (an old 15-digit number with a leading 0): one provider per NPWP
    npwp_hash           VARCHAR(64)   NOT NULL,
    nib                 VARCHAR(13),
    director_name       VARCHAR(200)  NOT NULL,
    director_nik        VARCHAR(200)  NOT NULL,
    director_nik_hash   VARCHAR(64)   NOT NULL,
    email               VARCHAR(200)  NOT NULL,
    phone               VARCHAR(200)  NOT NULL,
    address             VARCHAR(1000) NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    registered_at       TIMESTAMPTZ   NOT NULL,
    activated_at        TIMESTAMPTZ,
    activated_by_verification UUID,
    suspended_at        TIMESTAMPTZ,
    suspension_reason   VARCHAR(30),
    suspension_note     VARCHAR(2000),
    suspended_by        VARCHAR(200),
    updated_at          TIMESTAMPTZ   NOT NULL,
    row_version         INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT provider_npwp_unique UNIQUE (npwp_hash)
);

CREATE INDEX provider_status ON provider (status);
CREATE INDEX provider_registered ON provider (registered_at);

-- Document checklists: versioned configuration. A version is never changed; a new set of documents is a new version
-- (POST /checklists, or a migration like this one).
CREATE TABLE checklist_version (
    version         VARCHAR(40)   PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    effective_from  DATE          NOT NULL,
    description     VARCHAR(2000),
    items           JSONB         NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    created_by      VARCHAR(200)  NOT NULL
);

-- One in-person verification of a provider; a rejected provider comes back for a new one (history kept).
CREATE TABLE verification (
    id                              UUID          PRIMARY KEY,
    provider_id                     UUID          NOT NULL REFERENCES provider (id),
    attempt                         INTEGER       NOT NULL,
    checklist_version               VARCHAR(40)   NOT NULL REFERENCES checklist_version (version),
    items                           JSONB         NOT NULL,
    document_checks                 JSONB         NOT NULL,
    status                          VARCHAR(20)   NOT NULL,
    verifier                        VARCHAR(200)  NOT NULL,
    representative_name             VARCHAR(200),
    representative_nik              VARCHAR(200),
    representative_nik_hash         VARCHAR(64),
    power_of_attorney               VARCHAR(500),
    lpse_guest_book_signed_at       TIMESTAMPTZ   NOT NULL,
    verification_guest_book_signed_at TIMESTAMPTZ NOT NULL,
    started_at                      TIMESTAMPTZ   NOT NULL,
    blacklist_listed                BOOLEAN,
    blacklist_source                VARCHAR(200),
    blacklist_checked_at            TIMESTAMPTZ,
    outcome                         VARCHAR(20),
    missing_items                   JSONB,
    decision_note                   VARCHAR(4000),
    decided_at                      TIMESTAMPTZ,
    decided_by                      VARCHAR(200),
    signed_at                       TIMESTAMPTZ,
    signed_by                       VARCHAR(200),
    archive_reference               VARCHAR(200),
    archived_at                     TIMESTAMPTZ,
    updated_at                      TIMESTAMPTZ   NOT NULL,
    row_version                     INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT verification_attempt_unique UNIQUE (provider_id, attempt)
);

-- Only one verification of a provider in progress at a time, also under concurrent starts.
CREATE UNIQUE INDEX verification_one_in_progress ON verification (provider_id) WHERE status = 'IN_PROGRESS';
CREATE INDEX verification_started ON verification (started_at);
CREATE INDEX verification_status ON verification (status);
