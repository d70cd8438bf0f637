-- Requests: a case changing hands is kept in its history, and the queue filters on the assignee
-- are served by an index. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

-- A history row whose from_status equals its to_status is a change of hands: actor_id took the
-- case over from previous_assignee_id (NULL when nobody held it).
ALTER TABLE request_transition ADD COLUMN previous_assignee_id UUID;

-- "Non attribuées" / "Prises en charge par moi": one range per (status, type, assignee), already in
-- age order, so a page reads only its rows and the count reads only the index.
CREATE INDEX ix_request_case_queue_assignee ON request_case (status, request_type, assignee_id, submitted_at, id);
-- Served by the index above (the queue filters always name the statuses).
DROP INDEX ix_request_case_assignee;
