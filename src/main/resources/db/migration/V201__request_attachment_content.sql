-- Request attachments move onto the documents module's encrypted store (issue 12): content_id
-- names the attachment's encrypted content (document_content). NULL for a file still under
-- the data directory's uploads folder, until the one-time migration (AttachmentUploadsMigration) encrypts it,
-- links it here and deletes the original.
ALTER TABLE request_attachment ADD COLUMN content_id UUID;

CREATE UNIQUE INDEX ux_request_attachment_content ON request_attachment (content_id);
