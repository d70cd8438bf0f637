-- V20 indexed audit_entry by subject_ref; V235 added (subject_ref, sequence) for the DPO
-- console's pages, which also serves every lookup by subject alone (its leading column). The
-- first is dropped: every journal entry, written on each reading of personal data, updated one
-- index more than any query uses.
DROP INDEX ix_audit_entry_subject_ref;
