-- Submission keys (platform.web.submission): a form's one-time key or an API's Idempotency-Key is
-- processed once per path. The primary key (submission_key, path) is the unique constraint that
-- lets only one request claim it, on every node. IN_PROGRESS: claimed by the request of `owner`,
-- whose node renews lease_until while it runs (a crashed node's claim is retaken once the lease
-- has passed, if no transaction of its handler committed: work_committed counts those, written
-- in each of them). DONE: the answer to replay (status, location, flash attributes, or a body).
-- No personal data but what an answer carries (a case reference in a flash attribute, a body of
-- an API answer), kept 24 hours then purged by the locked job SubmissionKeyPurge.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE TABLE submission_key (
    submission_key UUID                     NOT NULL,
    path           VARCHAR(255)             NOT NULL,
    state          VARCHAR(16)              NOT NULL,
    fingerprint    VARCHAR(64)              NOT NULL,
    owner          UUID                     NOT NULL,
    lease_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    work_committed INTEGER                  NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    status         INTEGER,
    location       VARCHAR(2048),
    flash          BYTEA,
    content_type   VARCHAR(255),
    body           BYTEA,
    CONSTRAINT pk_submission_key PRIMARY KEY (submission_key, path),
    CONSTRAINT ck_submission_key_state CHECK (state IN ('IN_PROGRESS', 'DONE'))
);

CREATE INDEX ix_submission_key_created_at ON submission_key (created_at);
