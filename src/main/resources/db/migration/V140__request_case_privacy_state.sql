-- Requests: a case embeds the privacy state (fr.integrance.privacy.PrivacyState) like every row
-- that holds a person's data, in place of request_case_restriction. The restrictions in force
-- move onto their cases with their ground; the cases anonymised before (their sender replaced by
-- the anonymous address) are marked anonymised, at their decision (they were closed when it
-- happened). Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

ALTER TABLE request_case ADD COLUMN restricted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE request_case ADD COLUMN restriction_ground VARCHAR(40);
ALTER TABLE request_case ADD COLUMN retention_until DATE;
ALTER TABLE request_case ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

UPDATE request_case SET restricted = TRUE,
    restriction_ground = (SELECT r.ground FROM request_case_restriction r WHERE r.case_id = request_case.id)
WHERE id IN (SELECT case_id FROM request_case_restriction);

UPDATE request_case SET anonymised_at = COALESCE(decided_at, submitted_at)
WHERE submitter_email = 'anonymise@anonymise.invalid';

DROP TABLE request_case_restriction;
