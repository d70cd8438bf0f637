-- Identity: an account whose processing is restricted (GDPR Art. 18), set through the privacy SPI.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
ALTER TABLE identity_account ADD COLUMN restricted BOOLEAN DEFAULT FALSE NOT NULL;
