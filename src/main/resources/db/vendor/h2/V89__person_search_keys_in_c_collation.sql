-- On PostgreSQL the search keys move to COLLATE "C" with plain indexes
-- (db/vendor/postgresql/V89). H2 compares strings by code point already and keeps its plain
-- indexes of V81. This version keeps H2's numbering the same as PostgreSQL's.
SELECT 1;
