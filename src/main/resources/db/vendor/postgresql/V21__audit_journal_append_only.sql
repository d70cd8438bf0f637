-- Makes the audit journal append-only on PostgreSQL: nobody, not even the table owner or a
-- superuser, can UPDATE, DELETE or TRUNCATE audit_entry, and the chain head can only move
-- forward onto an appended entry.
-- Triggers are the main guard because they hold for every role, including the one the
-- application and its tests connect with (often the owner, sometimes a superuser). Privileges
-- are revoked as a second layer from every role holding them, from the role running the
-- migration (the owner; in a single-role deployment, the application itself) and from the role
-- named by the Flyway placeholder audit-app-role (spring.flyway.placeholders.audit-app-role) if
-- that role exists. A GRANT made later would restore the privileges, not lift the triggers.
-- H2 gets nothing (db/vendor/h2/V21): the tamper tests change rows there with plain statements;
-- on PostgreSQL they bypass the triggers with SET session_replication_role = replica.
-- (Until this version a Java migration, db.migration.V21__audit_journal_append_only; a database
-- it migrated is recognised at start-up, see LegacyJavaMigrations.)

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

-- The head may only move forward, onto an entry that exists with that hash: the application
-- cannot rewind it to hide a cut tail, nor point it past the entries. (The journal writes the
-- head once per transaction, so one move may span several entries.)
CREATE FUNCTION audit_chain_head_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'audit_chain_head cannot be removed: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.id <> OLD.id
        OR NEW.last_sequence <= OLD.last_sequence
        OR NOT EXISTS (SELECT 1 FROM audit_entry e
                       WHERE e.sequence = NEW.last_sequence AND e.entry_hash = NEW.last_hash) THEN
        RAISE EXCEPTION 'audit_chain_head only moves forward onto an appended entry'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard();

CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_guard();

-- The second layer: privileges revoked from PUBLIC, the migrating role, every role that holds
-- one on the table (typically through ALTER DEFAULT PRIVILEGES) and the application's role.
DO $revoke$
DECLARE
    app_role text := trim($role$${audit-app-role}$role$);
    target record;
    holder record;
BEGIN
    FOR target IN SELECT * FROM (VALUES ('audit_entry', 'UPDATE, DELETE, TRUNCATE'),
                                        ('audit_chain_head', 'DELETE, TRUNCATE')) AS t (tbl, privileges) LOOP
        EXECUTE format('REVOKE %s ON %I FROM PUBLIC, CURRENT_USER', target.privileges, target.tbl);
        FOR holder IN SELECT DISTINCT r.rolname
                      FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
                      JOIN pg_roles r ON r.oid = a.grantee
                      WHERE c.oid = target.tbl::regclass
                        AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE') LOOP
            EXECUTE format('REVOKE %s ON %I FROM %I', target.privileges, target.tbl, holder.rolname);
        END LOOP;
        IF app_role <> '' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
            EXECUTE format('REVOKE %s ON %I FROM %I', target.privileges, target.tbl, app_role);
        END IF;
    END LOOP;
END
$revoke$;
