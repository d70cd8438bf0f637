-- Representation of protected adults by guardian organisations (organisation ids from identity).
-- measure and court_reference hold Tink ciphertexts bound to table, column and row; the validity
-- dates stay plain so that the valid representations of an organisation are selected in SQL.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE TABLE contract_representation (
    id                       UUID                     NOT NULL,
    guardian_organisation_id UUID                     NOT NULL,
    protected_person_id      UUID                     NOT NULL,
    measure                  VARCHAR(255)             NOT NULL,
    valid_from               DATE                     NOT NULL,
    valid_until              DATE,
    court_reference          VARCHAR(255),
    restricted               BOOLEAN                  NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_contract_representation PRIMARY KEY (id),
    CONSTRAINT fk_contract_representation_person FOREIGN KEY (protected_person_id) REFERENCES person (id),
    CONSTRAINT ck_contract_representation_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

CREATE INDEX ix_contract_representation_guardian ON contract_representation (guardian_organisation_id, valid_from);
CREATE INDEX ix_contract_representation_person ON contract_representation (protected_person_id);
