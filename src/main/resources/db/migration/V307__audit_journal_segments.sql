-- The audit journal's own retention (register rule audit-journal-6y): entries older than it are
-- purged from the start of the chain, a segment at a time. Each purge first records here the
-- last entry it removes (its sequence, its link and its hash version), signed with the journal's
-- signature key, so that the verifier starts the chain after it: the first kept entry must link
-- to that link, and a start cut without a signed segment is still a break.
CREATE TABLE audit_journal_segment (
    last_purged_sequence BIGINT                   NOT NULL,
    last_purged_link     VARCHAR(100)             NOT NULL,
    last_purged_version  INTEGER                  NOT NULL,
    purged_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_before      TIMESTAMP WITH TIME ZONE NOT NULL,
    signature            VARCHAR(200)             NOT NULL,
    CONSTRAINT pk_audit_journal_segment PRIMARY KEY (last_purged_sequence)
);
