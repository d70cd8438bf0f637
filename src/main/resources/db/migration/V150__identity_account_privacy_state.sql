-- Identity: an account embeds the privacy state every row holding a person's data has
-- (fr.integrance.privacy.PrivacyState). identity_account already had restricted (V45); this adds
-- restriction_ground, retention_until and anonymised_at. Accounts anonymised before (their login
-- replaced by anonymise-<id>@anonymise.invalid, and disabled then) are marked anonymised at the time
-- they were disabled; the others keep their meaning: no ground recorded, no retention date.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

ALTER TABLE identity_account ADD COLUMN restriction_ground VARCHAR(40);
ALTER TABLE identity_account ADD COLUMN retention_until DATE;
ALTER TABLE identity_account ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

UPDATE identity_account SET anonymised_at = COALESCE(disabled_at, created_at)
 WHERE login = CONCAT('anonymise-', CAST(id AS VARCHAR(36)), '@anonymise.invalid');
