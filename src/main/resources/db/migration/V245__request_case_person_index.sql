-- iAdhérent (issue 13): a member's home lists their open cases by person id.
CREATE INDEX ix_request_case_person ON request_case (person_id, status, submitted_at);
