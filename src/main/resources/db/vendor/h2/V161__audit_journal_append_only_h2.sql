-- H2 gets the audit journal's append-only guard too (PostgreSQL has had it since V21): a Java
-- trigger refuses every UPDATE and DELETE of audit_entry, and on audit_chain_head a DELETE or
-- an UPDATE that does not move the head forward. The tamper tests drop it on their own
-- connection, as an intruder with the database file would.
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'fr.integrance.audit.internal.H2AppendOnlyTrigger';

CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE, DELETE ON audit_chain_head
    FOR EACH ROW CALL 'fr.integrance.audit.internal.H2AppendOnlyTrigger';
