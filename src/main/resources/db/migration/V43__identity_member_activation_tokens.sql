-- Member activation (issue 6): the link e-mailed to a recognised member to choose a password is
-- one more kind of one-time link. No account exists yet when it is sent, so such a row names the
-- person and the contact details they gave (the e-mail becomes the login); the other links keep
-- naming their account. Still only the SHA-256 of the token is stored.
ALTER TABLE identity_account_token ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE identity_account_token ADD COLUMN person_id UUID;
ALTER TABLE identity_account_token ADD COLUMN email VARCHAR(254);
ALTER TABLE identity_account_token ADD COLUMN phone VARCHAR(20);
ALTER TABLE identity_account_token DROP CONSTRAINT ck_identity_account_token_purpose;
ALTER TABLE identity_account_token ADD CONSTRAINT ck_identity_account_token_purpose
    CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET', 'MEMBER_ACTIVATION'));
ALTER TABLE identity_account_token ADD CONSTRAINT ck_identity_account_token_subject CHECK (
    (purpose = 'MEMBER_ACTIVATION' AND account_id IS NULL AND person_id IS NOT NULL AND email IS NOT NULL)
    OR (purpose <> 'MEMBER_ACTIVATION' AND account_id IS NOT NULL AND person_id IS NULL AND email IS NULL
        AND phone IS NULL));

CREATE INDEX ix_identity_account_token_person ON identity_account_token (person_id);
