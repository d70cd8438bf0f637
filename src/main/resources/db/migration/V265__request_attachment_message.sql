-- iAdhérent (issue 13): a file a member sends with an answer in a case's thread is kept with the
-- message that brought it (null for the files sent with the request itself).
ALTER TABLE request_attachment ADD COLUMN message_id UUID;
