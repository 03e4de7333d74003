-- The working-day calendar (domain.md, "Working days"): curated data, never a formula. Every statutory deadline is
-- counted on it and stores the calendar version it was computed with.

-- The days that are not working days besides Saturdays and Sundays.
CREATE TABLE non_working_day (
    date        DATE          PRIMARY KEY,
    kind        VARCHAR(20)   NOT NULL CHECK (kind IN ('NATIONAL_HOLIDAY', 'CUTI_BERSAMA', 'AD_HOC', 'LOCAL')),
    name        VARCHAR(200)  NOT NULL,
    source      VARCHAR(200),
    added_by    VARCHAR(200)  NOT NULL,
    added_at    TIMESTAMPTZ   NOT NULL
);

-- One row: the calendar version in force. Every change locks it, increments version and sets a fresh revision in the
-- change's own transaction. Instances compare the revision (unique even when a transaction rolls back) with their
-- cached copy of the days, so a change made by another instance is seen on the next computation.
CREATE TABLE calendar_version (
    id          SMALLINT      PRIMARY KEY CHECK (id = 1),
    version     INTEGER       NOT NULL CHECK (version >= 0),
    revision    UUID          NOT NULL,
    changed_at  TIMESTAMPTZ   NOT NULL,
    changed_by  VARCHAR(200)  NOT NULL
);
INSERT INTO calendar_version (id, version, revision, changed_at, changed_by)
VALUES (1, 0, gen_random_uuid(), now(), 'migration');

-- The audit trail: who added or removed which day, when, why, and the version that resulted. Rows are never changed.
CREATE TABLE calendar_change (
    id                UUID          PRIMARY KEY,
    date              DATE          NOT NULL,
    change            VARCHAR(10)   NOT NULL CHECK (change IN ('ADDED', 'REMOVED')),
    kind              VARCHAR(20)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    source            VARCHAR(200),
    reason            VARCHAR(500)  NOT NULL,
    calendar_version  INTEGER       NOT NULL,
    changed_by        VARCHAR(200)  NOT NULL,
    changed_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX calendar_change_date ON calendar_change (date);

-- A missing calendar already reported (event ppid.CalendarMissing): once per year and kind of gap, however many
-- instances run the check and however often they restart.
CREATE TABLE calendar_alert (
    year              INTEGER       NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    reported_on       DATE          NOT NULL,
    calendar_version  INTEGER       NOT NULL,
    PRIMARY KEY (year, kind)
);
