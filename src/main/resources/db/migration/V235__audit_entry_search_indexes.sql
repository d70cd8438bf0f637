-- The DPO console searches the journal by actor, by action, by subject and by period, newest
-- first, a page at a time (sequence < last seen). An index per filter that ends with the sequence
-- gives one filter's page straight from the index, in order, on a journal of millions of rows;
-- the period is a range on recorded_at.
CREATE INDEX ix_audit_entry_actor_sequence ON audit_entry (actor, sequence);
CREATE INDEX ix_audit_entry_action_sequence ON audit_entry (action, sequence);
CREATE INDEX ix_audit_entry_subject_sequence ON audit_entry (subject_ref, sequence);
CREATE INDEX ix_audit_entry_recorded_at ON audit_entry (recorded_at);
