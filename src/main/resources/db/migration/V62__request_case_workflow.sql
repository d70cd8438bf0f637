-- Requests: the staff workflow of a case. Who took it (assignee), what accepting it created
-- (person, contract), an optimistic-lock version (two staff members cannot both accept), every
-- status transition with who, when and why, and the message thread with the sender.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
ALTER TABLE request_case ADD COLUMN assignee_id UUID;
ALTER TABLE request_case ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE request_case ADD COLUMN person_id UUID;
ALTER TABLE request_case ADD COLUMN contract_id UUID;
ALTER TABLE request_case ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- The back-office queues: open cases of one status and type, oldest first (keyset-friendly with id).
CREATE INDEX ix_request_case_queue ON request_case (status, request_type, submitted_at, id);
-- "Assigned to me": few rows per assignee.
CREATE INDEX ix_request_case_assignee ON request_case (assignee_id, status);

CREATE TABLE request_transition (
    id          UUID                     NOT NULL,
    case_id     UUID                     NOT NULL,
    step_no     INTEGER                  NOT NULL,
    from_status VARCHAR(32)              NOT NULL,
    to_status   VARCHAR(32)              NOT NULL,
    -- the staff account that made it; NULL when the sender's answer reopened the case
    actor_id    UUID,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(4000),
    CONSTRAINT pk_request_transition PRIMARY KEY (id),
    CONSTRAINT fk_request_transition_case FOREIGN KEY (case_id) REFERENCES request_case (id),
    CONSTRAINT uq_request_transition_position UNIQUE (case_id, step_no)
);

CREATE TABLE request_message (
    id         UUID                     NOT NULL,
    case_id    UUID                     NOT NULL,
    -- TO_SENDER (staff wrote, sent by e-mail) or FROM_SENDER (an answer through an extranet)
    direction  VARCHAR(16)              NOT NULL,
    author_id  UUID,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    body       VARCHAR(10000)           NOT NULL,
    mail_id    UUID,
    CONSTRAINT pk_request_message PRIMARY KEY (id),
    CONSTRAINT fk_request_message_case FOREIGN KEY (case_id) REFERENCES request_case (id),
    CONSTRAINT ck_request_message_direction CHECK (direction IN ('TO_SENDER', 'FROM_SENDER'))
);

CREATE INDEX ix_request_message_case ON request_message (case_id, written_at);
