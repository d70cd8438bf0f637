-- The dependants (ayants droit) an employee's affiliation to a group contract covers: a person of the
-- people module, covered from a date until another (null: still covered), ended with the
-- affiliation's cover (its last day, or the end of its portability).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE TABLE contract_affiliation_dependant (
    id             UUID        NOT NULL,
    affiliation_id UUID        NOT NULL,
    person_id      UUID        NOT NULL,
    dependant_type VARCHAR(20) NOT NULL,
    from_date      DATE        NOT NULL,
    until_date     DATE,
    CONSTRAINT pk_contract_affiliation_dependant PRIMARY KEY (id),
    CONSTRAINT fk_contract_affiliation_dependant_affiliation FOREIGN KEY (affiliation_id)
        REFERENCES contract_affiliation (id),
    CONSTRAINT fk_contract_affiliation_dependant_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_contract_affiliation_dependant_type CHECK (dependant_type IN ('SPOUSE', 'PACS_PARTNER',
        'COHABITANT', 'CHILD', 'OTHER')),
    CONSTRAINT ck_contract_affiliation_dependant_until CHECK (until_date IS NULL OR until_date >= from_date)
);

CREATE INDEX ix_contract_affiliation_dependant_affiliation ON contract_affiliation_dependant (affiliation_id);
CREATE INDEX ix_contract_affiliation_dependant_person ON contract_affiliation_dependant (person_id);

-- The closing job looks for ended portabilities and terminations by state and date.
CREATE INDEX ix_contract_affiliation_status ON contract_affiliation (status, portability_until);
