-- The disclosure log (issue 17): one row per export to a recipient of the register, with who
-- sent it, to which recipient, for which purpose and legal basis, which data categories and
-- fields, how many subjects and records, the transfer safeguard when the recipient is outside
-- the EEA, and an authority's requisition reference; one row per subject concerned, by the
-- subject's technical id, so that the rights engine and the member's page find what went where.
-- The log holds no personal data itself: never the values sent.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE TABLE disclosure_log (
    id                    UUID                     NOT NULL,
    disclosed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient_id          VARCHAR(64)              NOT NULL,
    purpose_id            VARCHAR(64)              NOT NULL,
    legal_basis           VARCHAR(64)              NOT NULL,
    categories            VARCHAR(500)             NOT NULL,
    fields                VARCHAR(4000)            NOT NULL,
    subject_count         INTEGER                  NOT NULL,
    record_count          INTEGER                  NOT NULL,
    actor_id              UUID                     NOT NULL,
    requisition_reference VARCHAR(100),
    country               VARCHAR(2),
    safeguard_id          VARCHAR(64),
    CONSTRAINT disclosure_log_pk PRIMARY KEY (id)
);

CREATE INDEX disclosure_log_at_idx ON disclosure_log (disclosed_at, id);
CREATE INDEX disclosure_log_recipient_idx ON disclosure_log (recipient_id, disclosed_at);

CREATE TABLE disclosure_subject (
    disclosure_id UUID        NOT NULL,
    subject_kind  VARCHAR(16) NOT NULL,
    subject_id    VARCHAR(100) NOT NULL,
    CONSTRAINT disclosure_subject_pk PRIMARY KEY (disclosure_id, subject_kind, subject_id),
    CONSTRAINT disclosure_subject_log_fk FOREIGN KEY (disclosure_id) REFERENCES disclosure_log (id)
);

CREATE INDEX disclosure_subject_subject_idx ON disclosure_subject (subject_kind, subject_id);
