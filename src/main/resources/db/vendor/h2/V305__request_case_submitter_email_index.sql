-- The requests module finds a sender's cases by their address (see the PostgreSQL migration of the
-- same version, which indexes the lower-cased address; H2 indexes no expression, so the address).
CREATE INDEX request_case_submitter_email ON request_case (submitter_email);
