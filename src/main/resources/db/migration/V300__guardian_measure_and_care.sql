-- iTutelle: the court that pronounced a protection measure (Tink ciphertext bound to table, column
-- and row, like the reference) and the judgment's date; a protected adult's care and housing and
-- health needs (GDPR Art. 9 special-category data: the needs and the establishment are Tink
-- ciphertexts; only the kind of housing is plain). Expand-only.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

ALTER TABLE contract_representation ADD COLUMN court VARCHAR(400);
ALTER TABLE contract_representation ADD COLUMN judgment_date DATE;

CREATE TABLE contract_adult_care (
    id                  UUID                     NOT NULL,
    protected_person_id UUID                     NOT NULL,
    housing             VARCHAR(32)              NOT NULL,
    establishment       VARCHAR(400),
    health_needs        VARCHAR(4000)            NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    restricted          BOOLEAN                  NOT NULL,
    restriction_ground  VARCHAR(40),
    retention_until     DATE,
    anonymised_at       TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT pk_contract_adult_care PRIMARY KEY (id),
    CONSTRAINT uq_contract_adult_care_person UNIQUE (protected_person_id),
    CONSTRAINT fk_contract_adult_care_person FOREIGN KEY (protected_person_id) REFERENCES person (id)
);
