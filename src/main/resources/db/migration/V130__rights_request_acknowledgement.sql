-- Rights: the acknowledgement of a request is mailed through the outbox by a listener of the
-- RightsRequestReceived event. The outbox id is kept on the request, in the listener's
-- transaction, so that an event delivered twice (resubmitted after a stop) acknowledges once.
-- Requests received before this version were acknowledged by direct SMTP: no outbox id.
ALTER TABLE rights_request ADD COLUMN acknowledgement_mail_id UUID;
