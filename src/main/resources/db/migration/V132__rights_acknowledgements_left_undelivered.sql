-- Until V130 the acknowledgement of a rights request was mailed straight through SMTP by the
-- listener fr.integrance.rights.Acknowledgements, and the event carried a bare UUID. It is now the
-- @ApplicationModuleListener fr.integrance.rights.internal.Acknowledgements, which writes the mail
-- to the outbox, and the event carries a typed id. A delivery the old listener left incomplete
-- (the SMTP server was down or refused it: the requester never got the acknowledgement) is handed
-- to the new listener, in the new event shape, so that it is resubmitted and the acknowledgement
-- sent after all.
UPDATE event_publication
SET listener_id = 'fr.integrance.rights.internal.Acknowledgements.on(fr.integrance.rights.RightsRequestReceived)',
    serialized_event = REPLACE(REPLACE(serialized_event, '{"id":"', '{"request":{"value":"'),
        '","reference":', '"},"reference":')
WHERE listener_id = 'fr.integrance.rights.Acknowledgements.on(fr.integrance.rights.RightsRequestReceived)'
    AND completion_date IS NULL
    AND serialized_event LIKE '{"id":"%';
