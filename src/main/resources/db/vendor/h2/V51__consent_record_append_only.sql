-- consent_record is append-only through a trigger on PostgreSQL (db/vendor/postgresql/V51); H2
-- has no trigger language without a Java class on its side, and there the immutable entity is
-- the guard. This version keeps H2's numbering the same as PostgreSQL's.
SELECT 1;
