-- One-click marketing unsubscribe links: the SHA-256 of each e-mail's random token and the subject
-- it names. The token itself is never stored.
CREATE TABLE marketing_unsubscribe_token (
    token_hash  VARCHAR(64)              NOT NULL,
    subject_ref VARCHAR(80)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_marketing_unsubscribe_token PRIMARY KEY (token_hash)
);
