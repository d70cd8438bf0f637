-- iCollectif (issue 14): the documents an employer sends with an enrolment (the carte Vitale
-- attestation, a legal protection measure). Their files are kept in the affiliate's document space
-- (documents module, encrypted); this table only says which of that space's documents the employer
-- sent, so that the employer sees those and nothing else of the space. Ids and a kind only.
CREATE TABLE employer_affiliate_document (
    id                 UUID                     NOT NULL,
    organisation_id    UUID                     NOT NULL,
    affiliation_id     UUID                     NOT NULL,
    document_id        UUID                     NOT NULL,
    kind               VARCHAR(30)              NOT NULL,
    sent_by            UUID                     NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_employer_affiliate_document PRIMARY KEY (id),
    CONSTRAINT uq_employer_affiliate_document UNIQUE (document_id)
);

CREATE INDEX ix_employer_affiliate_document_affiliation
    ON employer_affiliate_document (organisation_id, affiliation_id);
