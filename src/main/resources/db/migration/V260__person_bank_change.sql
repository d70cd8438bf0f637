-- A member's change of their own bank details waiting for (or given) their signature by a
-- one-time code (people module, BankDetailChanges). The new IBAN is encrypted like the
-- account's and emptied with the holder once signed (the account row then holds them); the
-- code is kept as a keyed digest only. Expand-only: a new table.
CREATE TABLE person_bank_change (
    id                 UUID                     NOT NULL,
    person_id          UUID                     NOT NULL,
    iban               VARCHAR(255),
    bic                VARCHAR(11),
    holder             VARCHAR(200),
    code_digest        VARCHAR(64),
    code_expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts    INTEGER                  NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    signed_at          TIMESTAMP WITH TIME ZONE,
    effective_on       DATE,
    bank_account_id    UUID,
    restricted         BOOLEAN                  NOT NULL,
    restriction_ground VARCHAR(40),
    retention_until    DATE,
    anonymised_at      TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_person_bank_change PRIMARY KEY (id),
    CONSTRAINT fk_person_bank_change_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_person_bank_change_account FOREIGN KEY (bank_account_id) REFERENCES person_bank_account (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_person_bank_change_status CHECK (status IN ('PENDING', 'SIGNED', 'ABANDONED'))
);

CREATE INDEX ix_person_bank_change_person ON person_bank_change (person_id);
CREATE INDEX ix_person_bank_change_account ON person_bank_change (bank_account_id);
