-- PostgreSQL locks the journal's head for the group writer's one-command append with a
-- function (db/vendor/postgresql/V312); H2's driver runs one statement per command, so on H2 the
-- writer locks, inserts and moves the head in a transaction of three statements. This version
-- keeps both numberings the same.
SELECT 1;
