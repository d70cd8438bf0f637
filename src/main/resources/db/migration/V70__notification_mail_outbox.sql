-- Outgoing e-mails, written in the same transaction as the business change that causes them
-- (transactional outbox), then sent by the dispatcher. Subject and bodies are encrypted
-- (FieldEncryption, "v1:" + base64url text: a reset link in a body must not be readable from a
-- database copy); they are emptied some days after the mail is sent or abandoned, and the row is
-- deleted later still (app.notification.mail.body-retention / record-retention).
CREATE TABLE notification_mail_outbox (
    id              UUID                     NOT NULL,
    recipient       VARCHAR(254)             NOT NULL,
    template        VARCHAR(100)             NOT NULL,
    subject         VARCHAR(2000),
    text_body       VARCHAR(1000000),
    html_body       VARCHAR(1000000),
    -- PENDING (waiting for next_attempt_at), SENDING (claimed by a dispatcher until claimed_at +
    -- lease), SENT, FAILED (given up)
    status          VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE,
    claim_token     UUID,
    sent_at         TIMESTAMP WITH TIME ZONE,
    failed_at       TIMESTAMP WITH TIME ZONE,
    purged_at       TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(200),
    CONSTRAINT pk_notification_mail_outbox PRIMARY KEY (id),
    CONSTRAINT ck_notification_mail_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_notification_mail_outbox_attempts CHECK (attempts >= 0)
);

-- The dispatcher's question, every few seconds: which mails are due (or stuck in SENDING)?
CREATE INDEX ix_notification_mail_outbox_due ON notification_mail_outbox (status, next_attempt_at);
