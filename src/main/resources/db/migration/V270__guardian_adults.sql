-- iTutelle's protected adults: who opened which adult's file (the organisation's administrator
-- reads it), the lapse alerts sent before a measure ends (each once), and the index that finds
-- the measures ending soon. Expand-only. Portable SQL: PostgreSQL 15 and H2 in PostgreSQL mode.

CREATE TABLE guardian_file_opening (
    id                  UUID                     NOT NULL,
    organisation_id     UUID                     NOT NULL,
    agent_account_id    UUID                     NOT NULL,
    protected_person_id UUID                     NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_guardian_file_opening PRIMARY KEY (id)
);

CREATE INDEX ix_guardian_file_opening_organisation ON guardian_file_opening (organisation_id, opened_at);

CREATE TABLE guardian_lapse_alert (
    id                  UUID                     NOT NULL,
    representation_id   UUID                     NOT NULL,
    organisation_id     UUID                     NOT NULL,
    protected_person_id UUID                     NOT NULL,
    valid_until         DATE                     NOT NULL,
    days_before         INTEGER                  NOT NULL,
    sent_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_guardian_lapse_alert PRIMARY KEY (id),
    CONSTRAINT uq_guardian_lapse_alert UNIQUE (representation_id, valid_until, days_before)
);

CREATE INDEX ix_guardian_lapse_alert_organisation ON guardian_lapse_alert (organisation_id, valid_until);

CREATE INDEX ix_contract_representation_until ON contract_representation (valid_until);
