-- The movements an employer made on an affiliation (enrolment, termination, change of address,
-- family situation, scheme, bank details, dependant added or removed) with the date each takes
-- effect and when it was recorded: the history on iCollectif's affiliate page. No personal value is
-- stored here, only what kind of change, on which affiliation, from when; the rows go with the
-- affiliation when its retention ends (on delete cascade).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE TABLE contract_affiliation_movement (
    id             UUID                     NOT NULL,
    affiliation_id UUID                     NOT NULL,
    kind           VARCHAR(30)              NOT NULL,
    effective_date DATE                     NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_contract_affiliation_movement PRIMARY KEY (id),
    CONSTRAINT fk_contract_affiliation_movement_affiliation FOREIGN KEY (affiliation_id)
        REFERENCES contract_affiliation (id) ON DELETE CASCADE,
    CONSTRAINT ck_contract_affiliation_movement_kind CHECK (kind IN ('ENROLMENT', 'TERMINATION', 'ADDRESS',
        'FAMILY_SITUATION', 'SCHEME', 'BANK_DETAILS', 'DEPENDANT_ADDED', 'DEPENDANT_REMOVED'))
);

CREATE INDEX ix_contract_affiliation_movement_affiliation ON contract_affiliation_movement (affiliation_id,
    recorded_at);
