-- The audit journal's retention (V307): the append-only guard of V21 now lets an entry be
-- deleted when, and only when, a recorded segment covers it (its sequence at most the last
-- segment's); every other DELETE, every UPDATE and TRUNCATE are still refused. A segment is
-- append-only, moves forward, names an entry that exists with that link, and never the head
-- (the chain keeps at least its last entry). DELETE is granted back to the migrating role (the
-- application's in a single-role deployment) and to the audit-app-role, since V21 revoked it:
-- the trigger, which holds for every role, is the guard.
CREATE OR REPLACE FUNCTION audit_entry_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.sequence <= (SELECT COALESCE(MAX(s.last_purged_sequence), 0) FROM audit_journal_segment s) THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE FUNCTION audit_journal_segment_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'audit_journal_segment is append-only: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.last_purged_sequence <= (SELECT COALESCE(MAX(s.last_purged_sequence), 0) FROM audit_journal_segment s)
        OR NEW.last_purged_sequence >= (SELECT h.last_sequence FROM audit_chain_head h WHERE h.id = 1)
        OR NOT EXISTS (SELECT 1 FROM audit_entry e
                       WHERE e.sequence = NEW.last_purged_sequence AND e.entry_hash = NEW.last_purged_link) THEN
        RAISE EXCEPTION 'a journal segment moves forward onto an existing entry before the head'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_journal_segment_forward_only BEFORE INSERT OR UPDATE OR DELETE ON audit_journal_segment
    FOR EACH ROW EXECUTE FUNCTION audit_journal_segment_guard();

CREATE TRIGGER audit_journal_segment_no_truncate BEFORE TRUNCATE ON audit_journal_segment
    FOR EACH STATEMENT EXECUTE FUNCTION audit_journal_segment_guard();

DO $grant$
DECLARE
    app_role text := trim($role$${audit-app-role}$role$);
BEGIN
    EXECUTE 'GRANT DELETE ON audit_entry TO CURRENT_USER';
    IF app_role <> '' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
        EXECUTE format('GRANT DELETE ON audit_entry TO %I', app_role);
    END IF;
END
$grant$;
