-- Group contracts of employers (organisation ids from identity, no foreign key across modules),
-- the plans and staff categories they offer, and employees' affiliations with their state,
-- termination reason, portability end (CSS L911-8) and retention clock (end of cover + 6 years).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE SEQUENCE contract_group_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE contract_group (
    id                       UUID                     NOT NULL,
    reference                VARCHAR(20)              NOT NULL,
    employer_organisation_id UUID                     NOT NULL,
    start_date               DATE                     NOT NULL,
    end_date                 DATE,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_contract_group PRIMARY KEY (id),
    CONSTRAINT uq_contract_group_reference UNIQUE (reference),
    CONSTRAINT ck_contract_group_end CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX ix_contract_group_employer ON contract_group (employer_organisation_id);

CREATE TABLE contract_group_plan (
    group_contract_id UUID        NOT NULL,
    position          INTEGER     NOT NULL,
    plan_code         VARCHAR(40) NOT NULL,
    CONSTRAINT pk_contract_group_plan PRIMARY KEY (group_contract_id, position),
    CONSTRAINT fk_contract_group_plan_contract FOREIGN KEY (group_contract_id) REFERENCES contract_group (id)
);

CREATE TABLE contract_group_category (
    group_contract_id UUID        NOT NULL,
    position          INTEGER     NOT NULL,
    category          VARCHAR(50) NOT NULL,
    CONSTRAINT pk_contract_group_category PRIMARY KEY (group_contract_id, position),
    CONSTRAINT fk_contract_group_category_contract FOREIGN KEY (group_contract_id) REFERENCES contract_group (id)
);

CREATE TABLE contract_affiliation (
    id                  UUID                     NOT NULL,
    person_id           UUID                     NOT NULL,
    group_contract_id   UUID                     NOT NULL,
    population_category VARCHAR(50)              NOT NULL,
    plan_code           VARCHAR(40)              NOT NULL,
    start_date          DATE                     NOT NULL,
    employment_start    DATE                     NOT NULL,
    status              VARCHAR(30)              NOT NULL,
    end_date            DATE,
    termination_reason  VARCHAR(40),
    portability_until   DATE,
    retention_until     DATE,
    restricted          BOOLEAN                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT pk_contract_affiliation PRIMARY KEY (id),
    CONSTRAINT fk_contract_affiliation_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_contract_affiliation_group FOREIGN KEY (group_contract_id) REFERENCES contract_group (id),
    CONSTRAINT ck_contract_affiliation_status CHECK (status IN ('REQUESTED', 'ACTIVE', 'TERMINATION_REQUESTED',
        'TERMINATED', 'PORTABILITY', 'CLOSED')),
    CONSTRAINT ck_contract_affiliation_reason CHECK (termination_reason IN ('DISMISSAL', 'ECONOMIC_DISMISSAL',
        'GROSS_MISCONDUCT_DISMISSAL', 'CONVENTIONAL_TERMINATION', 'END_OF_FIXED_TERM_CONTRACT',
        'LEGITIMATE_RESIGNATION', 'RESIGNATION', 'RETIREMENT', 'DEATH', 'OTHER')),
    CONSTRAINT ck_contract_affiliation_end CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX ix_contract_affiliation_group ON contract_affiliation (group_contract_id);
CREATE INDEX ix_contract_affiliation_person ON contract_affiliation (person_id);
