-- Which demo data sets have been loaded (embedded profile only), so that each loads once.
CREATE TABLE demo_data_seed (
    seed_id    VARCHAR(100)             NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_demo_data_seed PRIMARY KEY (seed_id)
);
