-- Requests: the cases whose processing is restricted (GDPR Art. 18), one row per case while the
-- restriction lasts, with its ground. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE request_case_restriction (
    case_id       UUID                     NOT NULL,
    ground        VARCHAR(40)              NOT NULL,
    restricted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_request_case_restriction PRIMARY KEY (case_id),
    CONSTRAINT fk_request_case_restriction_case FOREIGN KEY (case_id) REFERENCES request_case (id),
    CONSTRAINT ck_request_case_restriction_ground CHECK (ground IN ('ACCURACY_CONTESTED',
        'UNLAWFUL_PROCESSING_ERASURE_REFUSED', 'NEEDED_FOR_LEGAL_CLAIMS', 'OBJECTION_PENDING'))
);
