-- Rights module, fulfilment (issue 16): the answer to each rights request as needed to render
-- its letter again (the letter's content, encrypted with FieldEncryption as JSON, because it
-- names the requester and what became of their data), and the archives of access and
-- portability answers: stored encrypted in the documents module's content store (content_id),
-- reached by a link whose token is stored as its SHA-256 only, opened with a one-time code
-- (stored as a SHA-256 bound to the archive), limited attempts, crypto-shredded after expiry.
CREATE TABLE rights_answer (
    request_id   UUID                     NOT NULL,
    reference    VARCHAR(32)              NOT NULL,
    right_id     VARCHAR(64)              NOT NULL,
    refused      BOOLEAN                  NOT NULL,
    language     VARCHAR(8)               NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    subject_ref  VARCHAR(100)             NOT NULL,
    letter       VARCHAR(1000000)         NOT NULL,
    notice_mail  UUID,
    CONSTRAINT pk_rights_answer PRIMARY KEY (request_id)
);

CREATE TABLE rights_archive (
    id               UUID                     NOT NULL,
    request_id       UUID                     NOT NULL,
    kind             VARCHAR(16)              NOT NULL,
    subject_ref      VARCHAR(100)             NOT NULL,
    token_digest     VARCHAR(64)              NOT NULL,
    code_digest      VARCHAR(64)              NOT NULL,
    content_id       UUID,
    size_bytes       BIGINT                   NOT NULL,
    file_name        VARCHAR(100)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts  INTEGER                  NOT NULL,
    downloads        INTEGER                  NOT NULL,
    last_download_at TIMESTAMP WITH TIME ZONE,
    purged_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_rights_archive PRIMARY KEY (id),
    CONSTRAINT uq_rights_archive_token UNIQUE (token_digest)
);

CREATE INDEX ix_rights_archive_expiry ON rights_archive (purged_at, expires_at);
CREATE INDEX ix_rights_archive_request ON rights_archive (request_id);
