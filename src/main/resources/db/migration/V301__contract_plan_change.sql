-- A change of plan (formule) asked for a contract's anniversary: the new plan and the day it takes
-- effect, kept beside the current plan until then. Expand-only.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

ALTER TABLE contract_individual ADD COLUMN next_plan_code VARCHAR(40);
ALTER TABLE contract_individual ADD COLUMN next_plan_from DATE;
