-- People: one row per human (member, dependant, affiliate, protected adult), bank accounts and
-- SEPA mandates. The NIR and IBAN columns hold Tink ciphertexts bound to table, column and row;
-- nir_index is the keyed blind index (scope "person.nir") that serves exact NIR lookups.
-- search_key / birth_name_key are the names upper-cased, accents and punctuation stripped; their
-- prefix indexes come from the Java migration V81 (text_pattern_ops on PostgreSQL).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE TABLE person (
    id                 UUID                     NOT NULL,
    civility           VARCHAR(3)               NOT NULL,
    last_name          VARCHAR(100)             NOT NULL,
    first_names        VARCHAR(100)             NOT NULL,
    birth_name         VARCHAR(100),
    search_key         VARCHAR(100)             NOT NULL,
    birth_name_key     VARCHAR(100),
    birth_date         DATE                     NOT NULL,
    nir                VARCHAR(255),
    nir_index          VARCHAR(32),
    email              VARCHAR(254),
    phone              VARCHAR(20),
    address_line1      VARCHAR(100),
    address_line2      VARCHAR(100),
    address_line3      VARCHAR(100),
    address_line4      VARCHAR(100),
    postal_code        VARCHAR(16),
    city               VARCHAR(100),
    country            VARCHAR(2),
    family_situation   VARCHAR(20),
    mandatory_scheme   VARCHAR(20),
    scheme_fund        VARCHAR(100),
    restricted         BOOLEAN                  NOT NULL,
    restriction_ground VARCHAR(40),
    anonymised_at      TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id),
    -- One person per human: a NIR is held once (NULLs, i.e. unknown NIRs, are not compared).
    CONSTRAINT uq_person_nir_index UNIQUE (nir_index),
    CONSTRAINT ck_person_civility CHECK (civility IN ('M', 'MME')),
    CONSTRAINT ck_person_family_situation CHECK (family_situation IN ('SINGLE', 'MARRIED', 'CIVIL_PARTNERSHIP',
        'COHABITING', 'SEPARATED', 'DIVORCED', 'WIDOWED')),
    CONSTRAINT ck_person_mandatory_scheme CHECK (mandatory_scheme IN ('GENERAL', 'ALSACE_MOSELLE', 'AGRICULTURAL',
        'SPECIAL', 'OTHER')),
    CONSTRAINT ck_person_nir_with_index CHECK ((nir IS NULL) = (nir_index IS NULL))
);

CREATE SEQUENCE person_mandate_rum_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE person_bank_account (
    id                 UUID                     NOT NULL,
    person_id          UUID                     NOT NULL,
    iban               VARCHAR(255)             NOT NULL,
    bic                VARCHAR(11),
    holder             VARCHAR(200)             NOT NULL,
    mandate_rum        VARCHAR(35),
    mandate_signed_on  DATE,
    mandate_revoked_on DATE,
    restricted         BOOLEAN                  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_person_bank_account PRIMARY KEY (id),
    CONSTRAINT fk_person_bank_account_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_person_bank_account_rum UNIQUE (mandate_rum),
    CONSTRAINT ck_person_bank_account_mandate CHECK ((mandate_rum IS NULL) = (mandate_signed_on IS NULL))
);

CREATE INDEX ix_person_bank_account_person ON person_bank_account (person_id);
