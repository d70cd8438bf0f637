-- Individual contracts and their dependants. member_number = nine digits from
-- contract_member_number_seq + a Luhn check digit. retention_until = end_date + 6 years, set on
-- termination (the "contract + 6 years" clock). Persons are referred to by id (people module).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE SEQUENCE contract_member_number_seq START WITH 100000001 INCREMENT BY 1 MAXVALUE 999999999;

CREATE TABLE contract_individual (
    id               UUID                     NOT NULL,
    member_person_id UUID                     NOT NULL,
    plan_code        VARCHAR(40)              NOT NULL,
    member_number    VARCHAR(10)              NOT NULL,
    start_date       DATE                     NOT NULL,
    end_date         DATE,
    status           VARCHAR(20)              NOT NULL,
    status_reason    VARCHAR(500),
    retention_until  DATE,
    restricted       BOOLEAN                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_contract_individual PRIMARY KEY (id),
    CONSTRAINT uq_contract_individual_member_number UNIQUE (member_number),
    CONSTRAINT fk_contract_individual_member FOREIGN KEY (member_person_id) REFERENCES person (id),
    CONSTRAINT ck_contract_individual_status CHECK (status IN ('PENDING', 'ACTIVE', 'SUSPENDED', 'TERMINATED')),
    CONSTRAINT ck_contract_individual_end CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_contract_individual_terminated CHECK ((status = 'TERMINATED') = (end_date IS NOT NULL))
);

CREATE INDEX ix_contract_individual_member ON contract_individual (member_person_id);

CREATE TABLE contract_dependant (
    id             UUID        NOT NULL,
    contract_id    UUID        NOT NULL,
    person_id      UUID        NOT NULL,
    dependant_type VARCHAR(20) NOT NULL,
    from_date      DATE        NOT NULL,
    until_date     DATE,
    CONSTRAINT pk_contract_dependant PRIMARY KEY (id),
    CONSTRAINT fk_contract_dependant_contract FOREIGN KEY (contract_id) REFERENCES contract_individual (id),
    CONSTRAINT fk_contract_dependant_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_contract_dependant_type CHECK (dependant_type IN ('SPOUSE', 'PACS_PARTNER', 'COHABITANT', 'CHILD',
        'OTHER')),
    CONSTRAINT ck_contract_dependant_until CHECK (until_date IS NULL OR until_date >= from_date)
);

CREATE INDEX ix_contract_dependant_contract ON contract_dependant (contract_id);
CREATE INDEX ix_contract_dependant_person ON contract_dependant (person_id);
