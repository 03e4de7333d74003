-- The Sertifikat Pelatihan of a participant who completed and understood the training carries a unique public code:
-- anyone checks a certificate's authenticity with it (GET /certificates/{code}). Given at completion; completions
-- recorded before certificates existed get one here.
ALTER TABLE registration ADD COLUMN certificate_code VARCHAR(11);
UPDATE registration
   SET certificate_code = upper(substr(md5(random()::text || id::text), 1, 5) || '-'
                               || substr(md5(id::text || random()::text), 1, 5))
 WHERE status = 'COMPLETED' AND understood;
CREATE UNIQUE INDEX registration_certificate_code ON registration (certificate_code);
