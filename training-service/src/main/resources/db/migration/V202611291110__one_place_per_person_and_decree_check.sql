-- A provider's participant is known by their NIK (encrypted, with a keyed-hash column for lookups), an official by
-- the NIP: the same person holds at most one place or waitlist position in a session.
ALTER TABLE registration
    ADD COLUMN nik      TEXT,
    ADD COLUMN nik_hash VARCHAR(100);

-- A decree declared on the public form keeps the place PENDING_DECREE until the trainer has checked it; decrees
-- recorded before this rule were entered by a trainer, so they count as checked when they were recorded.
ALTER TABLE registration
    ADD COLUMN decree_checked_at TIMESTAMPTZ,
    ADD COLUMN decree_checked_by VARCHAR(200);
UPDATE registration SET decree_checked_at = updated_at
    WHERE decree_number IS NOT NULL AND decree_date IS NOT NULL;

-- Earlier duplicates (the same NIP twice in a session, possible before this rule): the one attended or completed, else
-- the oldest, keeps the place; the others are cancelled with the reason, so that the rule below can hold.
UPDATE registration r SET status = 'CANCELLED', cancelled_at = now(),
        cancel_reason = 'Pendaftaran ganda: orang yang sama sudah terdaftar pada pelatihan ini.'
    FROM (SELECT id, row_number() OVER (PARTITION BY session_id, nip_hash
                    ORDER BY status IN ('ATTENDED', 'COMPLETED') DESC, queue_number) AS n
            FROM registration WHERE status <> 'CANCELLED' AND nip_hash IS NOT NULL) d
    WHERE r.id = d.id AND d.n > 1;

CREATE UNIQUE INDEX registration_one_per_person ON registration (session_id, COALESCE(nip_hash, nik_hash))
    WHERE status <> 'CANCELLED' AND COALESCE(nip_hash, nik_hash) IS NOT NULL;
