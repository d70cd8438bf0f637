-- iAdhérent, contact details: a new e-mail address waits on the person row until the member
-- confirms it through the single-use link mailed to it (only the SHA-256 of the link's token
-- is stored); the confirmed address then replaces the contact e-mail. Expand only.
ALTER TABLE person ADD COLUMN pending_email VARCHAR(254);
ALTER TABLE person ADD COLUMN pending_email_token VARCHAR(64);
ALTER TABLE person ADD COLUMN pending_email_expires_at TIMESTAMP WITH TIME ZONE;
