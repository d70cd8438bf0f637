-- Rights module: the identity document asked for when the requester could not be matched
-- (issue 16). A single-use upload link (its SHA-256 only, and its expiry) sent to the
-- requester, and the document itself in the document store (encrypted, shredded once
-- staff checked it). Expand-only: new nullable columns.
ALTER TABLE rights_request ADD COLUMN identity_upload_hash VARCHAR(64);
ALTER TABLE rights_request ADD COLUMN identity_upload_expires TIMESTAMP WITH TIME ZONE;
ALTER TABLE rights_request ADD COLUMN identity_document_content UUID;
ALTER TABLE rights_request ADD COLUMN identity_document_type VARCHAR(100);

CREATE UNIQUE INDEX ux_rights_request_identity_upload ON rights_request (identity_upload_hash);
