-- Spring Modulith's JDBC event publication registry (schema v2): cross-module events are
-- stored in the same transaction as the business change, so that none is lost.
-- Types chosen to be accepted unchanged by PostgreSQL and by H2 in PostgreSQL mode.
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL,
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    serialized_event       VARCHAR(100000)          NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_event_publication PRIMARY KEY (id)
);

CREATE INDEX ix_event_publication_completion_date ON event_publication (completion_date);
CREATE INDEX ix_event_publication_listener ON event_publication (listener_id);
