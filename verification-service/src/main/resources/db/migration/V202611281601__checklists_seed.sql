-- The two document checklists the office has used. Each item: code; name (Bahasa Indonesia) and nameEn; whether the
-- original must be seen (original) and a copy handed in (copy); representedOnly: only when a representative comes
-- with a power of attorney; businessForms: the forms it applies to (empty: all).

-- The seed's set (Informasi Pelayanan Diskominfo Kota Madiun, Persyaratan Pelayanan), from the Perpres 54/2010 era.
INSERT INTO checklist_version (version, title, effective_from, description, items, created_at, created_by) VALUES (
 'SEED-2010', 'Dokumen verifikasi penyedia (standar pelayanan LPSE Kota Madiun)', DATE '2010-01-01',
 'Daftar dokumen menurut standar pelayanan: KTP direktur, surat kuasa bila diwakilkan, NPWP badan usaha, SIUP/SIUJK, TDP, akta pendirian dan perubahan, formulir pendaftaran, formulir keikutsertaan.',
 '[
  {"code":"DIRECTOR_KTP","name":"KTP Direktur dan fotokopinya","nameEn":"Director''s identity card (KTP) and a copy","original":true,"copy":true,"representedOnly":false,"businessForms":[]},
  {"code":"POWER_OF_ATTORNEY","name":"Surat Kuasa bermaterai (jika diwakilkan)","nameEn":"Stamped power of attorney (if represented)","original":true,"copy":false,"representedOnly":true,"businessForms":[]},
  {"code":"COMPANY_NPWP","name":"NPWP Badan Usaha dan fotokopinya","nameEn":"Company tax number (NPWP) and a copy","original":true,"copy":true,"representedOnly":false,"businessForms":[]},
  {"code":"SIUP_SIUJK","name":"SIUP/SIUJK dan fotokopinya","nameEn":"Trade licence (SIUP) or construction licence (SIUJK) and a copy","original":true,"copy":true,"representedOnly":false,"businessForms":[]},
  {"code":"TDP","name":"TDP dan fotokopinya","nameEn":"Company registration certificate (TDP) and a copy","original":true,"copy":true,"representedOnly":false,"businessForms":[]},
  {"code":"DEED_OF_ESTABLISHMENT","name":"Akta pendirian dan akta perubahan badan usaha dan fotokopinya","nameEn":"Deed of establishment and amendments, and copies","original":true,"copy":true,"representedOnly":false,"businessForms":["PT","CV","FIRM","COOPERATIVE"]},
  {"code":"REGISTRATION_FORM","name":"Formulir pendaftaran","nameEn":"Registration form","original":true,"copy":false,"representedOnly":false,"businessForms":[]},
  {"code":"PARTICIPATION_FORM","name":"Formulir keikutsertaan","nameEn":"Participation form","original":true,"copy":false,"representedOnly":false,"businessForms":[]}
 ]'::jsonb, now(), 'system');

-- The NIB era: since the OSS business licensing (PP 24/2018, risk-based PP 5/2021) the NIB replaces SIUP and TDP.
INSERT INTO checklist_version (version, title, effective_from, description, items, created_at, created_by) VALUES (
 'NIB-2021', 'Dokumen verifikasi penyedia (era NIB/OSS)', DATE '2021-08-04',
 'NIB dari OSS menggantikan SIUP/SIUJK dan TDP; dokumen lain tetap.',
 '[
  {"code":"DIRECTOR_KTP","name":"KTP Direktur dan fotokopinya","nameEn":"Director''s identity card (KTP) and a copy","original":true,"copy":true,"representedOnly":false,"businessForms":[]},
  {"code":"POWER_OF_ATTORNEY","name":"Surat Kuasa bermaterai (jika diwakilkan)","nameEn":"Stamped power of attorney (if represented)","original":true,"copy":false,"representedOnly":true,"businessForms":[]},
  {"code":"COMPANY_NPWP","name":"NPWP Badan Usaha dan fotokopinya","nameEn":"Company tax number (NPWP) and a copy","original":true,"copy":true,"representedOnly":false,"businessForms":[]},
  {"code":"NIB","name":"NIB (Nomor Induk Berusaha) dari OSS dan fotokopinya","nameEn":"Business identification number (NIB) from OSS and a copy","original":true,"copy":true,"representedOnly":false,"businessForms":[]},
  {"code":"DEED_OF_ESTABLISHMENT","name":"Akta pendirian dan akta perubahan badan usaha beserta pengesahannya, dan fotokopinya","nameEn":"Deed of establishment and amendments with their approval, and copies","original":true,"copy":true,"representedOnly":false,"businessForms":["PT","CV","FIRM","COOPERATIVE"]},
  {"code":"REGISTRATION_FORM","name":"Formulir pendaftaran","nameEn":"Registration form","original":true,"copy":false,"representedOnly":false,"businessForms":[]},
  {"code":"PARTICIPATION_FORM","name":"Formulir keikutsertaan","nameEn":"Participation form","original":true,"copy":false,"representedOnly":false,"businessForms":[]}
 ]'::jsonb, now(), 'system');
