-- PostgreSQL has had the audit journal's append-only triggers since V21; this version only
-- installs H2's (db/vendor/h2/V161) and keeps both numberings the same.
SELECT 1;
