-- The language the applicant is written to in (e-mail notifications): id or en, from the submission's Accept-Language.
-- Rows from before mails were sent: id, the default.
ALTER TABLE information_request ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en'));
ALTER TABLE objection ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en'));
