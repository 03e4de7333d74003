-- Who acted is stored twice: the token's stable subject (for rules and events) and the display name at the time of
-- the action (preferred_username), which answers show instead of a Keycloak UUID. Rows written before this migration
-- only knew the subject: their name is that subject. The name columns stay nullable: a row without one shows its
-- subject.
ALTER TABLE information_request
    ADD COLUMN recorded_by_name VARCHAR(200),
    ADD COLUMN extended_by      VARCHAR(200),
    ADD COLUMN extended_by_name VARCHAR(200),
    ADD COLUMN decided_by       VARCHAR(200),
    ADD COLUMN decided_by_name  VARCHAR(200);
UPDATE information_request SET recorded_by_name = recorded_by WHERE recorded_by IS NOT NULL;

ALTER TABLE guest_book_entry ADD COLUMN recorded_by_name VARCHAR(200);
UPDATE guest_book_entry SET recorded_by_name = recorded_by;

ALTER TABLE objection
    ADD COLUMN filed_by_name   VARCHAR(200),
    ADD COLUMN decided_by_name VARCHAR(200);
UPDATE objection SET filed_by_name = filed_by WHERE filed_by IS NOT NULL;
UPDATE objection SET decided_by_name = decided_by WHERE decided_by IS NOT NULL;

ALTER TABLE non_working_day ADD COLUMN added_by_name VARCHAR(200);
UPDATE non_working_day SET added_by_name = added_by;

ALTER TABLE calendar_change ADD COLUMN changed_by_name VARCHAR(200);
UPDATE calendar_change SET changed_by_name = changed_by;

ALTER TABLE calendar_version ADD COLUMN changed_by_name VARCHAR(200);
UPDATE calendar_version SET changed_by_name = changed_by;

ALTER TABLE calendar_decree ADD COLUMN imported_by_name VARCHAR(200);
UPDATE calendar_decree SET imported_by_name = imported_by;
