-- H2's side of V308 (PostgreSQL): the Java trigger of V161 now lets an audit_entry row be
-- deleted when a recorded segment covers it (V307), and guards the segments the same way
-- (insert only, forward only, onto an existing entry before the head).
CREATE TRIGGER audit_journal_segment_forward_only BEFORE INSERT, UPDATE, DELETE ON audit_journal_segment
    FOR EACH ROW CALL 'fr.integrance.audit.internal.H2AppendOnlyTrigger';
