-- The audit journal's keyed chain: each entry says how its link was computed. Entries written
-- before this version keep 1 (plain SHA-256, verified as before); the journal now writes 2
-- (HMAC-SHA256 with the journal's key, base64url). The first keyed entry links to the last
-- unkeyed one, and a 1 after a 2 is reported as a break.
ALTER TABLE audit_entry ADD COLUMN hash_version SMALLINT DEFAULT 1 NOT NULL;
