-- The service standard (standar pelayanan, UU 25/2009 Pasal 21) of the service that owns this database.
-- Versions are kept forever: the one in force is the newest whose effective date has come.
CREATE TABLE service_standard (
    version         INTEGER PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    decree_number   VARCHAR(200),
    effective_date  DATE          NOT NULL,
    source          VARCHAR(500),
    components      JSONB         NOT NULL,
    targets         JSONB         NOT NULL,
    published_at    TIMESTAMPTZ   NOT NULL,
    published_by    VARCHAR(200)  NOT NULL
);
