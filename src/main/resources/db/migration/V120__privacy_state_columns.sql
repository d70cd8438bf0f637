-- Privacy state: every table whose rows hold a person's data embeds the same four columns
-- (fr.integrance.privacy.PrivacyState): restricted (GDPR Art. 18), restriction_ground,
-- retention_until (the last day the row must be kept) and anonymised_at. person, contract_individual
-- and contract_affiliation already had some of them; this adds the others, empty (NULL), so that
-- rows written before keep their meaning: no ground recorded, no retention date, never anonymised.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

ALTER TABLE person ADD COLUMN retention_until DATE;

ALTER TABLE person_bank_account ADD COLUMN restriction_ground VARCHAR(40);
ALTER TABLE person_bank_account ADD COLUMN retention_until DATE;
ALTER TABLE person_bank_account ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE contract_individual ADD COLUMN restriction_ground VARCHAR(40);
ALTER TABLE contract_individual ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE contract_affiliation ADD COLUMN restriction_ground VARCHAR(40);
ALTER TABLE contract_affiliation ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE contract_representation ADD COLUMN restriction_ground VARCHAR(40);
ALTER TABLE contract_representation ADD COLUMN retention_until DATE;
ALTER TABLE contract_representation ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
