-- The breach register (GDPR Art. 33(5), issue 16): one row per personal-data breach, whatever
-- its risk, with the facts, the effects, the measures, the 72-hour clock from awareness
-- (deadline_at = aware_at + 72 hours, stored to sort and page the register by it), the
-- notification to the CNIL or why there was none, and the communication to the people concerned
-- or why it is not needed (Art. 34(3)). A breach is described by categories and counts, never by
-- the names of the people concerned. The history keeps who changed what (field names, not values)
-- and when; the audit journal records the same actions.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE SEQUENCE dpo_breach_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE dpo_breach (
    id                       UUID                     NOT NULL,
    reference                VARCHAR(20)              NOT NULL,
    title                    VARCHAR(200)             NOT NULL,
    natures                  VARCHAR(100)             NOT NULL,
    facts                    VARCHAR(4000)            NOT NULL,
    started_at               TIMESTAMP WITH TIME ZONE,
    discovery                VARCHAR(2000),
    aware_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    data_categories          VARCHAR(300)             NOT NULL,
    people_count             INTEGER,
    records_count            INTEGER,
    consequences             VARCHAR(4000),
    measures_taken           VARCHAR(4000),
    measures_proposed        VARCHAR(4000),
    risk                     VARCHAR(10)              NOT NULL,
    cnil_notified_at         TIMESTAMP WITH TIME ZONE,
    cnil_reference           VARCHAR(100),
    no_notification_reasons  VARCHAR(4000),
    people_informed_on       DATE,
    people_informed_means    VARCHAR(1000),
    no_communication_reasons VARCHAR(4000),
    status                   VARCHAR(10)              NOT NULL,
    closed_at                TIMESTAMP WITH TIME ZONE,
    recorded_by              UUID                     NOT NULL,
    updated_by               UUID                     NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_dpo_breach PRIMARY KEY (id),
    CONSTRAINT uq_dpo_breach_reference UNIQUE (reference),
    CONSTRAINT ck_dpo_breach_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_dpo_breach_risk CHECK (risk IN ('NONE', 'RISK', 'HIGH'))
);

CREATE INDEX ix_dpo_breach_status_deadline ON dpo_breach (status, deadline_at);

CREATE TABLE dpo_breach_change (
    id         UUID                     NOT NULL,
    breach_id  UUID                     NOT NULL,
    action     VARCHAR(20)              NOT NULL,
    fields     VARCHAR(500)             NOT NULL,
    actor_id   UUID                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    CONSTRAINT pk_dpo_breach_change PRIMARY KEY (id),
    CONSTRAINT fk_dpo_breach_change_breach FOREIGN KEY (breach_id) REFERENCES dpo_breach (id)
);

CREATE INDEX ix_dpo_breach_change_breach ON dpo_breach_change (breach_id, created_at);
