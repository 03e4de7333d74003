-- Encrypted personal data is stored as "v1:" + base64(12-byte nonce | AES-GCM ciphertext | 16-byte tag): for a value of
-- n UTF-8 bytes, 3 + 4 * ceil((n + 28) / 3) characters. The longest allowed address (1,000 characters, each up to
-- 4 bytes in UTF-8: 4,000 bytes) takes 5,375 characters, far beyond VARCHAR(1000); a phone of 200 characters of 4-byte
-- text takes 1,107, beyond VARCHAR(200). Every encrypted column becomes TEXT, so that no valid value can overflow.
ALTER TABLE provider
    ALTER COLUMN npwp TYPE TEXT,
    ALTER COLUMN director_nik TYPE TEXT,
    ALTER COLUMN phone TYPE TEXT,
    ALTER COLUMN address TYPE TEXT;

ALTER TABLE verification
    ALTER COLUMN representative_nik TYPE TEXT;
