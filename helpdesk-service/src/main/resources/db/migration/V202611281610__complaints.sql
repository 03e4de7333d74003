-- Complaints, suggestions and input (pengaduan, saran, masukan) about any of the four services.
-- Personal data: the complainant's phone and e-mail are stored encrypted; the public tracking code shows none of it.
CREATE TABLE complaint (
    id                  UUID          PRIMARY KEY,
    tracking_code       VARCHAR(20)   NOT NULL UNIQUE,
    kind                VARCHAR(20)   NOT NULL,
    channel             VARCHAR(20)   NOT NULL,
    service             VARCHAR(20)   NOT NULL,
    complainant_name    VARCHAR(200)  NOT NULL,
    complainant_phone   TEXT,
    complainant_email   TEXT,
    content             VARCHAR(4000) NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    received_at         TIMESTAMPTZ   NOT NULL,
    recorded_by         VARCHAR(200),
    answer              VARCHAR(4000),
    answered_by         VARCHAR(200),
    answered_at         TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ   NOT NULL,
    row_version         INTEGER       NOT NULL DEFAULT 0
);

CREATE INDEX complaint_service_status ON complaint (service, status, received_at);
CREATE INDEX complaint_received ON complaint (received_at);
