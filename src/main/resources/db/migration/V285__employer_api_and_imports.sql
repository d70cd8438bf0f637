-- iCollectif payroll API and CSV imports (issue 14). Expand-only. Portable SQL: PostgreSQL 15
-- and H2 in PostgreSQL mode. No personal data: client names are the names of software, secrets
-- are stored as SHA-256 digests (high-entropy random secrets), idempotent answers hold ids and
-- statuses only, import rows are identified by a keyed digest (blind index), never by their values.

-- OAuth 2 clients of the payroll API, each bound to one employer organisation.
CREATE TABLE employer_api_client (
    id                 UUID                     NOT NULL,
    organisation_id    UUID                     NOT NULL,
    client_id          VARCHAR(64)              NOT NULL,
    name               VARCHAR(80)              NOT NULL,
    scopes             VARCHAR(200)             NOT NULL,
    secret_digest      VARCHAR(100)             NOT NULL,
    created_by         UUID                     NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    secret_rotated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_employer_api_client PRIMARY KEY (id),
    CONSTRAINT uq_employer_api_client_client_id UNIQUE (client_id)
);

CREATE INDEX ix_employer_api_client_organisation ON employer_api_client (organisation_id, created_at);

-- Idempotency-Key of the API's POSTs: the same key and body give back the stored answer.
CREATE TABLE employer_api_idempotency (
    id                 UUID                     NOT NULL,
    client_id          UUID                     NOT NULL,
    idempotency_key    VARCHAR(100)             NOT NULL,
    request_digest     VARCHAR(64)              NOT NULL,
    status             INTEGER                  NOT NULL,
    location           VARCHAR(200),
    body               VARCHAR(4000)            NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_employer_api_idempotency PRIMARY KEY (id),
    CONSTRAINT uq_employer_api_idempotency UNIQUE (client_id, idempotency_key)
);

CREATE INDEX ix_employer_api_idempotency_created ON employer_api_idempotency (created_at);

-- CSV imports: one row per file applied (its SHA-256), one per movement applied (its keyed digest).
CREATE TABLE employer_import (
    id                 UUID                     NOT NULL,
    organisation_id    UUID                     NOT NULL,
    file_digest        VARCHAR(64)              NOT NULL,
    account_id         UUID                     NOT NULL,
    row_count          INTEGER                  NOT NULL,
    applied_count      INTEGER                  NOT NULL,
    rejected_count     INTEGER                  NOT NULL,
    skipped_count      INTEGER                  NOT NULL,
    imported_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_employer_import PRIMARY KEY (id),
    CONSTRAINT uq_employer_import_file UNIQUE (organisation_id, file_digest)
);

CREATE TABLE employer_import_row (
    id                 UUID                     NOT NULL,
    organisation_id    UUID                     NOT NULL,
    row_key            VARCHAR(64)              NOT NULL,
    import_id          UUID                     NOT NULL,
    line_number        INTEGER                  NOT NULL,
    movement           VARCHAR(20)              NOT NULL,
    affiliation_id     UUID,
    CONSTRAINT pk_employer_import_row PRIMARY KEY (id),
    CONSTRAINT uq_employer_import_row UNIQUE (organisation_id, row_key),
    CONSTRAINT fk_employer_import_row_import FOREIGN KEY (import_id) REFERENCES employer_import (id)
);
