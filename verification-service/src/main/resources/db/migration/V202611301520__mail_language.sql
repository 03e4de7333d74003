-- E-mail notifications: the language the provider is written to in (id or en, from the registration's
-- Accept-Language; rows from before: id).
ALTER TABLE provider ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en'));
