-- Retention enforced (issue 17): the prospect's « 3 years from the last contact » clock names
-- the case that last moved it (its sender is asked from the requests module when the clock
-- runs out: no address is stored here); legal holds suspend the clocks of a data subject;
-- each sweep keeps its progress and its counts (per rule, module and result), so that a
-- sweep interrupted by a crash is resumed and the DPO console shows its journal.
ALTER TABLE retention_clock ADD COLUMN via_record UUID;

CREATE INDEX ix_retention_clock_due ON retention_clock (ends_on, record_kind, record_id, rule_id);

-- A legal hold: litigation, a rights request in progress, a DPO decision, an open case. The
-- subject is a person id or the SHA-256 of an e-mail address (as the clocks store them);
-- no free text: the reason is a code, the end a date.
CREATE TABLE retention_hold (
    id           UUID                     NOT NULL,
    subject_kind VARCHAR(16)              NOT NULL,
    subject_id   VARCHAR(254)             NOT NULL,
    reason       VARCHAR(32)              NOT NULL,
    ends_on      DATE,
    placed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    placed_by    UUID                     NOT NULL,
    lifted_at    TIMESTAMP WITH TIME ZONE,
    lifted_by    UUID,
    CONSTRAINT pk_retention_hold PRIMARY KEY (id)
);

CREATE INDEX ix_retention_hold_subject ON retention_hold (subject_kind, subject_id);

-- One sweep: RUNNING until it has gone through every due clock (a crash leaves it RUNNING,
-- the next run resumes it), then DONE. Counts only, never a subject.
CREATE TABLE retention_sweep (
    id          UUID                     NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    as_of       DATE                     NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    subjects    INTEGER                  NOT NULL DEFAULT 0,
    errors      INTEGER                  NOT NULL DEFAULT 0,
    resumed     INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT pk_retention_sweep PRIMARY KEY (id),
    CONSTRAINT ck_retention_sweep_status CHECK (status IN ('RUNNING', 'DONE'))
);

CREATE INDEX ix_retention_sweep_started ON retention_sweep (started_at);

-- What one sweep did, per retention rule, module and result (ERASED, ANONYMISED, DEFERRED,
-- KEPT; module '-' and result CLOCKS for the clocks that ran out, ERROR for the failures).
CREATE TABLE retention_sweep_count (
    sweep_id UUID        NOT NULL,
    rule_id  VARCHAR(64) NOT NULL,
    module   VARCHAR(64) NOT NULL,
    result   VARCHAR(16) NOT NULL,
    records  INTEGER     NOT NULL,
    CONSTRAINT pk_retention_sweep_count PRIMARY KEY (sweep_id, rule_id, module, result),
    CONSTRAINT fk_retention_sweep_count_sweep FOREIGN KEY (sweep_id) REFERENCES retention_sweep (id)
);
