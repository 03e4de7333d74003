-- The registration reference: a short public code (K7QX2-MB9TD) given at the online registration, with which the
-- provider reads its status without an account (GET /providers/status/{reference}). Providers registered before it
-- existed were never shown one, so they keep none.
ALTER TABLE provider ADD COLUMN registration_reference VARCHAR(20);
ALTER TABLE provider ADD CONSTRAINT provider_reference_unique UNIQUE (registration_reference);
