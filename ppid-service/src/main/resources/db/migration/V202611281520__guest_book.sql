-- The PPID guest book (buku tamu): walk-in visitors sign it, and the entry may be linked to the request they filed.
-- Personal data: the phone is stored encrypted (AES-GCM, text "v1:..."), so its column is longer than a number.
CREATE TABLE guest_book_entry (
    id              UUID          PRIMARY KEY,
    visitor_name    VARCHAR(200)  NOT NULL,
    organization    VARCHAR(200),
    visitor_phone   VARCHAR(200),
    purpose         VARCHAR(1000) NOT NULL,
    visited_at      TIMESTAMPTZ   NOT NULL,
    request_id      UUID          REFERENCES information_request (id),
    recorded_by     VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    row_version     INTEGER       NOT NULL DEFAULT 0
);

CREATE INDEX guest_book_entry_visited_at ON guest_book_entry (visited_at DESC);
CREATE INDEX guest_book_entry_request ON guest_book_entry (request_id);
