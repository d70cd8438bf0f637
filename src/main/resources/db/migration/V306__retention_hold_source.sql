-- A hold placed by the application itself names what it holds for (a rights request in
-- progress: 'rights-request:<id>'), so that it is lifted when that ends; a hold placed by the
-- DPO has none.
ALTER TABLE retention_hold ADD COLUMN source_ref VARCHAR(64);

CREATE INDEX ix_retention_hold_source ON retention_hold (source_ref);
