-- Rights module: the lifecycle of a rights request (RECEIVED -> IDENTITY_PENDING -> IN_PROGRESS ->
-- (EXTENDED) -> ANSWERED | REFUSED), the identity check, the extension, the reminders to the
-- handler, each step with who, when and why, and the single-use confirmation links.
ALTER TABLE rights_request ADD COLUMN subject_ref VARCHAR(100);
ALTER TABLE rights_request ADD COLUMN identity_state VARCHAR(32) DEFAULT 'NOT_CHECKED' NOT NULL;
ALTER TABLE rights_request ADD COLUMN on_behalf BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE rights_request ADD COLUMN submitted_by UUID;
ALTER TABLE rights_request ADD COLUMN extended_due_date DATE;
ALTER TABLE rights_request ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE rights_request ADD COLUMN reminded_7_for DATE;
ALTER TABLE rights_request ADD COLUMN reminded_2_for DATE;
ALTER TABLE rights_request ADD COLUMN overdue_flagged_for DATE;
ALTER TABLE rights_request ADD COLUMN scan_content UUID;
ALTER TABLE rights_request ADD COLUMN answer_email VARCHAR(254);
ALTER TABLE rights_request ADD COLUMN step_count INTEGER DEFAULT 0 NOT NULL;

CREATE INDEX ix_rights_request_received_at ON rights_request (received_at);

CREATE TABLE rights_request_step (
    id          UUID                     NOT NULL,
    request_id  UUID                     NOT NULL,
    position    INTEGER                  NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(40)              NOT NULL,
    actor       VARCHAR(120)             NOT NULL,
    from_status VARCHAR(32),
    to_status   VARCHAR(32)              NOT NULL,
    reason      VARCHAR(4000),
    CONSTRAINT pk_rights_request_step PRIMARY KEY (id),
    CONSTRAINT fk_rights_request_step_request FOREIGN KEY (request_id) REFERENCES rights_request (id)
);

CREATE INDEX ix_rights_request_step_request ON rights_request_step (request_id, position);

CREATE TABLE rights_confirmation_link (
    token_hash  VARCHAR(64)              NOT NULL,
    request_id  UUID                     NOT NULL,
    person_id   UUID                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_rights_confirmation_link PRIMARY KEY (token_hash),
    CONSTRAINT fk_rights_confirmation_link_request FOREIGN KEY (request_id) REFERENCES rights_request (id)
);

CREATE INDEX ix_rights_confirmation_link_request ON rights_confirmation_link (request_id);
