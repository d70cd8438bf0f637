-- The indexes behind the people search (search_key LIKE 'KEY%', optionally with the birth date).
-- H2 knows no operator classes and uses a plain index for a prefix LIKE; PostgreSQL gets
-- text_pattern_ops indexes (db/vendor/postgresql/V81).
-- (Until this version a Java migration, db.migration.V81__person_search_indexes.)
CREATE INDEX ix_person_search_key ON person (search_key, birth_date);
CREATE INDEX ix_person_birth_name_key ON person (birth_name_key, birth_date);
