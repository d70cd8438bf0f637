-- Makes consent_record append-only in the database too: a trigger refuses every UPDATE (a proof
-- that can be rewritten proves nothing). DELETE stays possible for the retention sweep that will
-- end the records' life. H2 has no trigger language without a Java class on its side
-- (db/vendor/h2/V51): there the immutable entity is the guard.
-- (Until this version a Java migration, db.migration.V51__consent_record_append_only.)

CREATE FUNCTION consent_record_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'consent_record is append-only: insert a new record instead';
END
$$;

CREATE TRIGGER consent_record_append_only BEFORE UPDATE ON consent_record
    FOR EACH ROW EXECUTE FUNCTION consent_record_refuse_update();
