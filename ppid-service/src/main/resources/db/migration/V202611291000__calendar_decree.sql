-- The joint decrees (SKB 3 Menteri) entered per year. A year with a row runs on its decree; a year without one runs on
-- the predicted national holidays (provisional) until its decree is imported (POST /api/ppid/calendar/decrees).
CREATE TABLE calendar_decree (
    year              INTEGER       PRIMARY KEY CHECK (year BETWEEN 1900 AND 2100),
    decree_number     VARCHAR(200)  NOT NULL,
    -- unknown for the seeded years; required for every import
    decree_date       DATE,
    calendar_version  INTEGER       NOT NULL,
    imported_by       VARCHAR(200)  NOT NULL,
    imported_at       TIMESTAMPTZ   NOT NULL
);

-- 2025 and 2026 came with the seed (V202611281501): their days are the decrees' days, calendar version 1.
INSERT INTO calendar_decree (year, decree_number, decree_date, calendar_version, imported_by, imported_at) VALUES
    (2025, 'SKB 3 Menteri (kalender awal)', NULL, 1, 'seed', now()),
    (2026, 'SKB 3 Menteri (kalender awal)', NULL, 1, 'seed', now());
