-- ShedLock's lock table: a scheduled job runs on one application node at a time (DESIGN.md §4).
-- The layout ShedLock's JDBC provider expects; times are UTC, written from the database clock
-- (usingDbTime) so that the nodes' clocks need not agree.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
