-- The indexes behind the people search (search_key LIKE 'KEY%', optionally with the birth date),
-- for a million people. A plain B-tree on a text column serves LIKE 'prefix%' only when the
-- database collation is C; with the usual fr_FR.UTF-8 or en_US.UTF-8 it does not. The
-- text_pattern_ops operator class compares byte by byte and serves prefix patterns whatever the
-- collation (the keys are upper-case ASCII letters and digits anyway). V89 replaces them.
-- H2 knows no operator classes: db/vendor/h2/V81 creates plain indexes.
-- (Until this version a Java migration, db.migration.V81__person_search_indexes.)
CREATE INDEX ix_person_search_key ON person (search_key text_pattern_ops, birth_date);
CREATE INDEX ix_person_birth_name_key ON person (birth_name_key text_pattern_ops, birth_date);
