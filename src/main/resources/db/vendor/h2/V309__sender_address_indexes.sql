-- PostgreSQL indexes the lower-cased sender addresses here (db/vendor/postgresql/V309); H2 has no
-- expression indexes and is not where the sweep's volumes live. This version keeps both
-- numberings the same.
SELECT 1;
