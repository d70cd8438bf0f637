-- The TOTP secret is now stored encrypted (Tink AEAD bound to table, column and row): the
-- ciphertext is longer than the Base32 secret.
ALTER TABLE identity_account ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(255);
