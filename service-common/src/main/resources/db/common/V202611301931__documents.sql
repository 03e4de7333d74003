-- Documents uploaded to a service's records (service-common document, PostgresDocumentStore): scans of a provider's
-- papers, a power of attorney, the information a PPID released, an official's decree. The content lives here, in the
-- service's own database; a deployment may move it to an object store behind the same DocumentStore interface.
CREATE TABLE document (
    id          UUID          PRIMARY KEY,
    owner       VARCHAR(200)  NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    size_bytes  BIGINT        NOT NULL CHECK (size_bytes > 0),
    sha256      CHAR(64)      NOT NULL,
    content     BYTEA         NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    created_by  VARCHAR(200)  NOT NULL
);

CREATE INDEX document_owner ON document (owner);

COMMENT ON COLUMN document.owner IS 'The record it belongs to, such as verification:<id>:NIB or ppid:<id>:released';
COMMENT ON COLUMN document.file_name IS 'The name the uploader gave, made safe; for the download only';
COMMENT ON COLUMN document.media_type IS 'Detected from the bytes (Apache Tika): application/pdf, image/jpeg, image/png';
COMMENT ON COLUMN document.sha256 IS 'SHA-256 of the content, hex';
COMMENT ON COLUMN document.created_by IS 'The token subject of who uploaded it, or anonymous';
