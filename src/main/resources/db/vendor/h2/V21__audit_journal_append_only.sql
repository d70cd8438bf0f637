-- The audit journal's append-only guard exists on PostgreSQL only (db/vendor/postgresql/V21):
-- H2, the embedded and test database, is not where the journal has to be evidence, and the
-- tamper tests change its rows with plain statements. This version keeps H2's numbering the
-- same as PostgreSQL's. (Until this version a Java migration that did nothing on H2.)
SELECT 1;
