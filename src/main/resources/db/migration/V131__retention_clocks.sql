-- Retention: when each record's retention period started and when it ends (DESIGN.md §3,
-- "retention schedule computed from the register and domain events"). One clock per record
-- and register retention rule: the data subject (privacy DataSubjectRef: kind and id), the
-- rule's trigger, what started or last moved the clock, the start and the computed end.
-- Recorded by the retention module's listeners of the contracts events; the retention sweep
-- (a later version) deletes or anonymises through the privacy SPI once a clock has run out.
CREATE TABLE retention_clock (
    record_kind  VARCHAR(32)              NOT NULL,
    record_id    UUID                     NOT NULL,
    rule_id      VARCHAR(64)              NOT NULL,
    subject_kind VARCHAR(16)              NOT NULL,
    subject_id   VARCHAR(254)             NOT NULL,
    trigger_name VARCHAR(32)              NOT NULL,
    cause        VARCHAR(32)              NOT NULL,
    starts_on    DATE                     NOT NULL,
    ends_on      DATE                     NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_retention_clock PRIMARY KEY (record_kind, record_id, rule_id),
    CONSTRAINT ck_retention_clock_period CHECK (ends_on >= starts_on)
);

CREATE INDEX ix_retention_clock_subject ON retention_clock (subject_kind, subject_id);
CREATE INDEX ix_retention_clock_ends_on ON retention_clock (ends_on);

-- Contracts ended before this version: their clocks from the dates the contracts module kept
-- (end of cover, and its retention date: end of cover + 6 years, the register's P6Y).
INSERT INTO retention_clock (record_kind, record_id, rule_id, subject_kind, subject_id, trigger_name, cause,
    starts_on, ends_on, recorded_at)
SELECT 'INDIVIDUAL_CONTRACT', id, 'member-contract-6y', 'PERSON', CAST(member_person_id AS VARCHAR(254)),
    'contract-end', 'BACKFILLED', end_date, retention_until, CURRENT_TIMESTAMP
FROM contract_individual
WHERE status = 'TERMINATED' AND end_date IS NOT NULL AND retention_until IS NOT NULL
    AND retention_until >= end_date;

INSERT INTO retention_clock (record_kind, record_id, rule_id, subject_kind, subject_id, trigger_name, cause,
    starts_on, ends_on, recorded_at)
SELECT 'AFFILIATION', id, 'affiliate-contract-6y', 'PERSON', CAST(person_id AS VARCHAR(254)),
    'contract-end', 'BACKFILLED', COALESCE(portability_until, end_date), retention_until, CURRENT_TIMESTAMP
FROM contract_affiliation
WHERE status IN ('TERMINATED', 'PORTABILITY', 'CLOSED') AND end_date IS NOT NULL AND retention_until IS NOT NULL
    AND retention_until >= COALESCE(portability_until, end_date);
