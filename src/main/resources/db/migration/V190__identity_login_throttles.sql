-- Login throttles by source (issue 11, item 5): one row per failed login attempt (or per alert
-- sent), counted in the database so that every node sees the same counts. A row is kept under a
-- keyed digest (BlindIndex) of what it counts against: the client address, or the account and the
-- client address together; the account id names the rows an unlock link clears. Rows older than
-- the longest window are deleted as new ones come.
CREATE TABLE identity_login_failure (
    id         UUID                     NOT NULL,
    key_kind   VARCHAR(20)              NOT NULL,
    key_digest VARCHAR(64)              NOT NULL,
    account_id UUID,
    failed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_identity_login_failure PRIMARY KEY (id),
    CONSTRAINT ck_identity_login_failure_kind
        CHECK (key_kind IN ('SOURCE', 'ACCOUNT_SOURCE', 'ACCOUNT', 'ALERT'))
);

CREATE INDEX ix_identity_login_failure_key ON identity_login_failure (key_kind, key_digest, failed_at);
CREATE INDEX ix_identity_login_failure_account ON identity_login_failure (account_id);
CREATE INDEX ix_identity_login_failure_at ON identity_login_failure (failed_at);

-- The link of the alert mail that clears an account's throttles: one more kind of one-time link.
ALTER TABLE identity_account_token DROP CONSTRAINT ck_identity_account_token_purpose;
ALTER TABLE identity_account_token ADD CONSTRAINT ck_identity_account_token_purpose
    CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET', 'MEMBER_ACTIVATION', 'ACCOUNT_UNLOCK'));
