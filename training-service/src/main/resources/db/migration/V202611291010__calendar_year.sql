-- What each year of the local calendar copy runs on: its joint decree (DECREED), as ppid-service says in its
-- non-working-day pages and in ppid.CalendarChanged, or the predicted holidays (no row, or PROVISIONAL).
CREATE TABLE calendar_year (
    year              INTEGER       PRIMARY KEY,
    decreed           BOOLEAN       NOT NULL,
    calendar_version  INTEGER       NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL
);
