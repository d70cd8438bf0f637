-- Rights module: data-subject rights requests as received (GDPR Art. 12, 15-22): the right, the
-- processing concerned, the requester, the status and the due date (one calendar month after
-- receipt). Identity checks, extensions and answers come with the processing of requests.
CREATE SEQUENCE rights_request_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE rights_request (
    id                   UUID                     NOT NULL,
    reference            VARCHAR(32)              NOT NULL,
    right_id             VARCHAR(64)              NOT NULL,
    scope                VARCHAR(100)             NOT NULL,
    message              VARCHAR(4000),
    requester_first_name VARCHAR(100)             NOT NULL,
    requester_last_name  VARCHAR(100)             NOT NULL,
    requester_email      VARCHAR(254)             NOT NULL,
    member_number        VARCHAR(32),
    channel              VARCHAR(32)              NOT NULL,
    status               VARCHAR(32)              NOT NULL,
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    due_date             DATE                     NOT NULL,
    reply_language       VARCHAR(8)               NOT NULL,
    CONSTRAINT pk_rights_request PRIMARY KEY (id),
    CONSTRAINT uq_rights_request_reference UNIQUE (reference)
);

CREATE INDEX ix_rights_request_due_date ON rights_request (status, due_date);
