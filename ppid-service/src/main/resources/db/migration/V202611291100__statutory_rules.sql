-- The statutory rules of UU 14/2008 made exact.
-- A "not held" decision names the public body that holds the information, or says it is unknown (Pasal 22 ayat 7);
-- the moment of the decision is kept so that a delivery cannot be dated before it.
ALTER TABLE information_request
    ADD COLUMN holder_unknown BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN decided_at     TIMESTAMPTZ;

-- When the superior stays silent past the 30 working days, the applicant may take the dispute to the Komisi
-- Informasi within the 14 working days that follow (Pasal 37 ayat 2): the end of that window, a deadline like the
-- others. And the commission's outcome of a dispute: mediation agreement or adjudication decision, and its date.
ALTER TABLE objection
    ADD COLUMN silence_dispute_due_date DATE,
    ADD COLUMN dispute_outcome          VARCHAR(30),
    ADD COLUMN dispute_outcome_on       DATE;

CREATE INDEX objection_dispute_outcome ON objection (dispute_outcome) WHERE dispute_filed_on IS NOT NULL;
