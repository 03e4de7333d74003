-- Who acted is stored as the token's subject and the display name at the time of the action: answers show the name,
-- events and audits refer to the subject. Rows written before kept the login name in the subject column; it is the
-- best display name they have.
ALTER TABLE training_session
    ADD COLUMN scheduled_by_name VARCHAR(200),
    ADD COLUMN cancelled_by      VARCHAR(200),
    ADD COLUMN cancelled_by_name VARCHAR(200);
UPDATE training_session SET scheduled_by_name = scheduled_by;

ALTER TABLE registration
    ADD COLUMN registered_by_name          VARCHAR(200),
    ADD COLUMN attendance_recorded_by_name VARCHAR(200),
    ADD COLUMN decree_checked_by_name      VARCHAR(200),
    ADD COLUMN cancelled_by                VARCHAR(200),
    ADD COLUMN cancelled_by_name           VARCHAR(200);
UPDATE registration SET registered_by_name = registered_by,
        attendance_recorded_by_name = attendance_recorded_by,
        decree_checked_by_name = decree_checked_by;
