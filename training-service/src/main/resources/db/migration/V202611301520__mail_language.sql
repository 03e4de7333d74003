-- E-mail notifications: the language the participant is written to in (id or en, from the registration's
-- Accept-Language; rows from before: id).
ALTER TABLE registration ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en'));
