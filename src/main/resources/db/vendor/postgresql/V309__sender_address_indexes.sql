-- The privacy SPI finds a prospect's rights requests and mails by their address, case-insensitively,
-- for every subject the retention sweep ends (and every erasure or access request from an address):
-- indexes on the lower-cased addresses, so that neither lookup reads its whole table (the mail
-- outbox keeps a year of mails).
CREATE INDEX rights_request_requester_email_lower ON rights_request (lower(requester_email));
CREATE INDEX notification_mail_outbox_recipient_lower ON notification_mail_outbox (lower(recipient));
