-- Encrypted contents (documents module, issue 12): each content's ciphertext lives in the blob
-- store (a local directory or an S3 bucket) under blob_key; its own key, wrapped by the
-- documents keyset, is wrapped_key. Shredding nulls wrapped_key (the content is unreadable from
-- then on), then deletes the blob (blob_deleted_at; a failed deletion is retried).
CREATE TABLE document_content (
    id              UUID                     NOT NULL,
    blob_key        VARCHAR(64)              NOT NULL,
    wrapped_key     BYTEA,
    size_bytes      BIGINT                   NOT NULL,
    sha256          VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    shredded_at     TIMESTAMP WITH TIME ZONE,
    blob_deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_document_content PRIMARY KEY (id),
    CONSTRAINT uq_document_content_blob UNIQUE (blob_key),
    CONSTRAINT ck_document_content_shredded CHECK (wrapped_key IS NOT NULL OR shredded_at IS NOT NULL)
);

CREATE INDEX ix_document_content_shredded ON document_content (shredded_at);
