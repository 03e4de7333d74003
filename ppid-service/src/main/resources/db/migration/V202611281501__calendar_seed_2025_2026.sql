-- The 2025 and 2026 non-working days as the joint decree of three ministers (SKB 3 Menteri) sets them, with the
-- amendment of August 2025 that added 18 August 2025. Together they are calendar version 1.
-- Later changes go through POST/DELETE /api/ppid/calendar/non-working-days, never by editing this file.
INSERT INTO non_working_day (date, kind, name, source, added_by, added_at) VALUES
    ('2025-01-01', 'NATIONAL_HOLIDAY', 'Tahun Baru 2025 Masehi', 'SKB 3 Menteri', 'seed', now()),
    ('2025-01-27', 'NATIONAL_HOLIDAY', 'Isra Mikraj Nabi Muhammad SAW', 'SKB 3 Menteri', 'seed', now()),
    ('2025-01-28', 'CUTI_BERSAMA',     'Cuti bersama Tahun Baru Imlek 2576 Kongzili', 'SKB 3 Menteri', 'seed', now()),
    ('2025-01-29', 'NATIONAL_HOLIDAY', 'Tahun Baru Imlek 2576 Kongzili', 'SKB 3 Menteri', 'seed', now()),
    ('2025-03-28', 'CUTI_BERSAMA',     'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1947)', 'SKB 3 Menteri', 'seed', now()),
    ('2025-03-29', 'NATIONAL_HOLIDAY', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'SKB 3 Menteri', 'seed', now()),
    ('2025-03-31', 'NATIONAL_HOLIDAY', 'Idul Fitri 1446 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2025-04-01', 'NATIONAL_HOLIDAY', 'Idul Fitri 1446 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2025-04-02', 'CUTI_BERSAMA',     'Cuti bersama Idul Fitri 1446 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2025-04-03', 'CUTI_BERSAMA',     'Cuti bersama Idul Fitri 1446 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2025-04-04', 'CUTI_BERSAMA',     'Cuti bersama Idul Fitri 1446 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2025-04-07', 'CUTI_BERSAMA',     'Cuti bersama Idul Fitri 1446 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2025-04-18', 'NATIONAL_HOLIDAY', 'Wafat Yesus Kristus', 'SKB 3 Menteri', 'seed', now()),
    ('2025-04-20', 'NATIONAL_HOLIDAY', 'Kebangkitan/Paskah Yesus Kristus', 'SKB 3 Menteri', 'seed', now()),
    ('2025-05-01', 'NATIONAL_HOLIDAY', 'Hari Buruh Internasional', 'SKB 3 Menteri', 'seed', now()),
    ('2025-05-12', 'NATIONAL_HOLIDAY', 'Hari Raya Waisak 2569 BE', 'SKB 3 Menteri', 'seed', now()),
    ('2025-05-13', 'CUTI_BERSAMA',     'Cuti bersama Hari Raya Waisak 2569 BE', 'SKB 3 Menteri', 'seed', now()),
    ('2025-05-29', 'NATIONAL_HOLIDAY', 'Kenaikan Yesus Kristus', 'SKB 3 Menteri', 'seed', now()),
    ('2025-05-30', 'CUTI_BERSAMA',     'Cuti bersama Kenaikan Yesus Kristus', 'SKB 3 Menteri', 'seed', now()),
    ('2025-06-01', 'NATIONAL_HOLIDAY', 'Hari Lahir Pancasila', 'SKB 3 Menteri', 'seed', now()),
    ('2025-06-06', 'NATIONAL_HOLIDAY', 'Idul Adha 1446 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2025-06-09', 'CUTI_BERSAMA',     'Cuti bersama Idul Adha 1446 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2025-06-27', 'NATIONAL_HOLIDAY', 'Tahun Baru Islam 1447 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2025-08-17', 'NATIONAL_HOLIDAY', 'Hari Kemerdekaan RI', 'SKB 3 Menteri', 'seed', now()),
    ('2025-08-18', 'AD_HOC',           'Libur tambahan HUT ke-80 Kemerdekaan RI', 'SKB 3 Menteri (perubahan, Agustus 2025)', 'seed', now()),
    ('2025-09-05', 'NATIONAL_HOLIDAY', 'Maulid Nabi Muhammad SAW', 'SKB 3 Menteri', 'seed', now()),
    ('2025-12-25', 'NATIONAL_HOLIDAY', 'Hari Raya Natal', 'SKB 3 Menteri', 'seed', now()),
    ('2025-12-26', 'CUTI_BERSAMA',     'Cuti bersama Hari Raya Natal', 'SKB 3 Menteri', 'seed', now()),

    ('2026-01-01', 'NATIONAL_HOLIDAY', 'Tahun Baru 2026 Masehi', 'SKB 3 Menteri', 'seed', now()),
    ('2026-01-16', 'NATIONAL_HOLIDAY', 'Isra Mikraj Nabi Muhammad SAW', 'SKB 3 Menteri', 'seed', now()),
    ('2026-02-16', 'CUTI_BERSAMA',     'Cuti bersama Tahun Baru Imlek 2577 Kongzili', 'SKB 3 Menteri', 'seed', now()),
    ('2026-02-17', 'NATIONAL_HOLIDAY', 'Tahun Baru Imlek 2577 Kongzili', 'SKB 3 Menteri', 'seed', now()),
    ('2026-03-18', 'CUTI_BERSAMA',     'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', 'SKB 3 Menteri', 'seed', now()),
    ('2026-03-19', 'NATIONAL_HOLIDAY', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'SKB 3 Menteri', 'seed', now()),
    ('2026-03-20', 'CUTI_BERSAMA',     'Cuti bersama Idul Fitri 1447 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2026-03-21', 'NATIONAL_HOLIDAY', 'Idul Fitri 1447 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2026-03-22', 'NATIONAL_HOLIDAY', 'Idul Fitri 1447 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2026-03-23', 'CUTI_BERSAMA',     'Cuti bersama Idul Fitri 1447 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2026-03-24', 'CUTI_BERSAMA',     'Cuti bersama Idul Fitri 1447 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2026-04-03', 'NATIONAL_HOLIDAY', 'Wafat Yesus Kristus', 'SKB 3 Menteri', 'seed', now()),
    ('2026-04-05', 'NATIONAL_HOLIDAY', 'Kebangkitan/Paskah Yesus Kristus', 'SKB 3 Menteri', 'seed', now()),
    ('2026-05-01', 'NATIONAL_HOLIDAY', 'Hari Buruh Internasional', 'SKB 3 Menteri', 'seed', now()),
    ('2026-05-14', 'NATIONAL_HOLIDAY', 'Kenaikan Yesus Kristus', 'SKB 3 Menteri', 'seed', now()),
    ('2026-05-15', 'CUTI_BERSAMA',     'Cuti bersama Kenaikan Yesus Kristus', 'SKB 3 Menteri', 'seed', now()),
    ('2026-05-27', 'NATIONAL_HOLIDAY', 'Idul Adha 1447 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2026-05-28', 'CUTI_BERSAMA',     'Cuti bersama Idul Adha 1447 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2026-05-31', 'NATIONAL_HOLIDAY', 'Hari Raya Waisak 2570 BE', 'SKB 3 Menteri', 'seed', now()),
    ('2026-06-01', 'NATIONAL_HOLIDAY', 'Hari Lahir Pancasila', 'SKB 3 Menteri', 'seed', now()),
    ('2026-06-16', 'NATIONAL_HOLIDAY', 'Tahun Baru Islam 1448 Hijriah', 'SKB 3 Menteri', 'seed', now()),
    ('2026-08-17', 'NATIONAL_HOLIDAY', 'Hari Kemerdekaan RI', 'SKB 3 Menteri', 'seed', now()),
    ('2026-08-25', 'NATIONAL_HOLIDAY', 'Maulid Nabi Muhammad SAW', 'SKB 3 Menteri', 'seed', now()),
    ('2026-12-24', 'CUTI_BERSAMA',     'Cuti bersama Hari Raya Natal', 'SKB 3 Menteri', 'seed', now()),
    ('2026-12-25', 'NATIONAL_HOLIDAY', 'Hari Raya Natal', 'SKB 3 Menteri', 'seed', now());

-- The seed is part of the audit trail like any later change.
INSERT INTO calendar_change (id, date, change, kind, name, source, reason, calendar_version, changed_by, changed_at)
SELECT gen_random_uuid(), date, 'ADDED', kind, name, source, 'Kalender awal 2025-2026 sesuai SKB 3 Menteri', 1,
       added_by, added_at
FROM non_working_day;

UPDATE calendar_version SET version = 1, revision = gen_random_uuid(), changed_at = now(), changed_by = 'seed'
WHERE id = 1;
