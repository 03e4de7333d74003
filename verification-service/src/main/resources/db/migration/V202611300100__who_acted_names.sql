-- Who acted is stored as the token's subject (the existing *_by / verifier columns, which events carry) and the
-- display name at the time of the action (the new *_name columns, which answers show). Rows from before held the
-- login name in the subject column: it is the best name they have.
-- The verifier's column takes the name of the others (verified_by like decided_by, signed_by): a role's name is not a
-- column name (role names appear in the code only through Roles).
ALTER TABLE verification RENAME COLUMN verifier TO verified_by;
ALTER TABLE verification ADD COLUMN verified_by_name VARCHAR(200);
ALTER TABLE verification ADD COLUMN decided_by_name VARCHAR(200);
ALTER TABLE verification ADD COLUMN signed_by_name VARCHAR(200);
UPDATE verification SET verified_by_name = verified_by, decided_by_name = decided_by, signed_by_name = signed_by;

ALTER TABLE provider ADD COLUMN suspended_by_name VARCHAR(200);
UPDATE provider SET suspended_by_name = suspended_by;

ALTER TABLE checklist_version ADD COLUMN created_by_name VARCHAR(200);
UPDATE checklist_version SET created_by_name = created_by;
