-- Audit journal: append-only, hash-chained entries holding ids only (never personal values).
-- The sequence is assigned by the journal under the lock of the one-row head table, so it has
-- no gaps: a missing number means a deleted entry.
CREATE TABLE audit_entry (
    sequence      BIGINT                   NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(120)             NOT NULL,
    action        VARCHAR(100)             NOT NULL,
    subject_ref   VARCHAR(100),
    object_ref    VARCHAR(100),
    purpose       VARCHAR(100),
    outcome       VARCHAR(20)              NOT NULL,
    previous_hash VARCHAR(64)              NOT NULL,
    entry_hash    VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (sequence)
);

-- "Who accessed or changed this person's data": the question a rights request or the DPO asks.
CREATE INDEX ix_audit_entry_subject_ref ON audit_entry (subject_ref);

-- The end of the chain. Appends lock this row (SELECT ... FOR UPDATE), which serialises them
-- across application nodes; the verifier compares it with the last entry to detect truncation.
CREATE TABLE audit_chain_head (
    id            INTEGER     NOT NULL,
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single_row CHECK (id = 1)
);

-- Genesis: no entry yet; the first entry's previous_hash is 64 zeros.
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
