-- The name search returns its first page in index order, without sorting every match: "Martin"
-- matches about 10,000 of a million people, and a sort of them all on each search cost 40-50 ms.
-- The search keys become COLLATE "C" columns (they hold only upper-case ASCII letters and digits,
-- so byte order is alphabetical order) with plain B-tree indexes: such an index serves both
-- LIKE 'KEY%' and ORDER BY search_key, birth_date, which the text_pattern_ops indexes of V81 did
-- not do for ordering under the database's collation. H2 compares strings by code point already
-- and keeps its plain indexes of V81 (db/vendor/h2/V89).
-- (Until this version a Java migration, db.migration.V89__person_search_keys_in_c_collation.)
DROP INDEX ix_person_search_key;
DROP INDEX ix_person_birth_name_key;
ALTER TABLE person ALTER COLUMN search_key TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE person ALTER COLUMN birth_name_key TYPE VARCHAR(100) COLLATE "C";
CREATE INDEX ix_person_search_key ON person (search_key, birth_date);
CREATE INDEX ix_person_birth_name_key ON person (birth_name_key, birth_date);
