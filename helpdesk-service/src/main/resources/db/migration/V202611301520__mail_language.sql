-- E-mail notifications: the language the person is written to in (id or en; rows from before: id), and the caller's
-- optional e-mail address on a consultation (encrypted, v1:...), to which a scheduled callback is announced.
ALTER TABLE complaint ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en'));
ALTER TABLE consultation ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en'));
ALTER TABLE consultation ADD COLUMN caller_email TEXT;
