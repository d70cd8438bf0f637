-- Failed member-activation attempts (issue 6), one row per failure, counted per client address and
-- per member number over a sliding window so that every node of a cluster sees the same count.
-- Both keys are keyed digests (platform BlindIndex): the table holds no member number and no IP
-- address in clear. Rows older than the longest window are deleted as new failures arrive.
CREATE TABLE identity_activation_attempt (
    id           UUID                     NOT NULL,
    key_kind     VARCHAR(20)              NOT NULL,
    key_digest   VARCHAR(64)              NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_identity_activation_attempt PRIMARY KEY (id),
    CONSTRAINT ck_identity_activation_attempt_kind CHECK (key_kind IN ('MEMBER_NUMBER', 'CLIENT_ADDRESS'))
);

CREATE INDEX ix_identity_activation_attempt_key ON identity_activation_attempt (key_kind, key_digest, attempted_at);
CREATE INDEX ix_identity_activation_attempt_at ON identity_activation_attempt (attempted_at);
