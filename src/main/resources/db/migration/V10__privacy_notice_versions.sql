-- Every published version of the privacy notice, kept so that the text a person read (and a
-- consent answered) can be shown again: the register as it was, serialised as JSON, and its
-- SHA-256 so that a changed register published under an old version id is noticed.
CREATE TABLE privacy_notice_version (
    version_id        VARCHAR(64)              NOT NULL,
    published_on      DATE                     NOT NULL,
    content_hash      VARCHAR(64)              NOT NULL,
    register_snapshot VARCHAR(1000000)         NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_privacy_notice_version PRIMARY KEY (version_id)
);
