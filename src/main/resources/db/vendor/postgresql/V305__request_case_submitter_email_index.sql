-- The requests module finds a sender's cases by their address, case-insensitively (a prospect's
-- retention clock, an erasure, an access export): an index on the lower-cased address, so that the
-- retention sweep does not read the whole table once per prospect.
CREATE INDEX request_case_submitter_email_lower ON request_case (lower(submitter_email));
