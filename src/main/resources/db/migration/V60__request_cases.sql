-- Requests module: every request sent to the mutual as a case (type mapped to a register purpose,
-- typed payload as JSON, status, reference) and the files sent with it. Attachment contents are
-- files under the data directory named by the attachment id; a row without a case is a pending
-- upload of a form not yet submitted. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE SEQUENCE request_case_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE request_case (
    id              UUID                     NOT NULL,
    reference       VARCHAR(32)              NOT NULL,
    request_type    VARCHAR(32)              NOT NULL,
    purpose_id      VARCHAR(100)             NOT NULL,
    channel         VARCHAR(32)              NOT NULL,
    status          VARCHAR(32)              NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    submitter_name  VARCHAR(210)             NOT NULL,
    submitter_email VARCHAR(254)             NOT NULL,
    reply_language  VARCHAR(8)               NOT NULL,
    payload         VARCHAR(100000)          NOT NULL,
    CONSTRAINT pk_request_case PRIMARY KEY (id),
    CONSTRAINT uq_request_case_reference UNIQUE (reference)
);

CREATE TABLE request_attachment (
    id           UUID                     NOT NULL,
    case_id      UUID,
    display_name VARCHAR(255)             NOT NULL,
    media_type   VARCHAR(100)             NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_request_attachment PRIMARY KEY (id),
    CONSTRAINT fk_request_attachment_case FOREIGN KEY (case_id) REFERENCES request_case (id)
);

CREATE INDEX ix_request_attachment_case ON request_attachment (case_id);
