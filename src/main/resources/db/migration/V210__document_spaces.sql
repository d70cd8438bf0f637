-- Document spaces (issue 12): a space per owner (a person or a case), nested folders, documents
-- with their versions (the contents are encrypted in the store: only their ids are here), comments,
-- and the reminders already sent (one per document, kind and date). A document row repeats what
-- a listing shows of its current version, so that a page of a space of thousands of documents is
-- read from one table through an index of (space, folder, sort column).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE TABLE document_space (
    id                 UUID                     NOT NULL,
    owner_kind         VARCHAR(10)              NOT NULL,
    owner_id           UUID                     NOT NULL,
    restricted         BOOLEAN                  NOT NULL,
    restriction_ground VARCHAR(40),
    retention_until    DATE,
    anonymised_at      TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_document_space PRIMARY KEY (id),
    CONSTRAINT uq_document_space_owner UNIQUE (owner_kind, owner_id)
);

-- parent_key: the parent folder's id, or the space's id for a folder at the root, so that the
-- unique constraint covers root folders too (NULLs are all distinct in a unique constraint).
CREATE TABLE document_folder (
    id         UUID                     NOT NULL,
    space_id   UUID                     NOT NULL,
    parent_id  UUID,
    parent_key UUID                     NOT NULL,
    name       VARCHAR(100)             NOT NULL,
    name_key   VARCHAR(300)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    CONSTRAINT pk_document_folder PRIMARY KEY (id),
    CONSTRAINT fk_document_folder_space FOREIGN KEY (space_id) REFERENCES document_space (id),
    CONSTRAINT fk_document_folder_parent FOREIGN KEY (parent_id) REFERENCES document_folder (id),
    CONSTRAINT uq_document_folder_sibling_name UNIQUE (space_id, parent_key, name_key)
);

CREATE INDEX ix_document_folder_parent ON document_folder (parent_id);

CREATE TABLE document (
    id                  UUID                     NOT NULL,
    space_id            UUID                     NOT NULL,
    folder_id           UUID,
    title               VARCHAR(200)             NOT NULL,
    title_key           VARCHAR(300)             NOT NULL,
    description         VARCHAR(2000),
    alert_date          DATE,
    reminder_date       DATE,
    due_date            DATE,
    current_version     INTEGER                  NOT NULL,
    current_name        VARCHAR(255)             NOT NULL,
    current_media_type  VARCHAR(150)             NOT NULL,
    current_size        BIGINT                   NOT NULL,
    stored_bytes        BIGINT                   NOT NULL,
    has_thumbnail       BOOLEAN                  NOT NULL,
    uploaded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT pk_document PRIMARY KEY (id),
    CONSTRAINT fk_document_space FOREIGN KEY (space_id) REFERENCES document_space (id),
    CONSTRAINT fk_document_folder FOREIGN KEY (folder_id) REFERENCES document_folder (id),
    CONSTRAINT ck_document_versions CHECK (current_version >= 1)
);

-- A listing filters by space (and folder) and orders by one of these columns, then by id.
CREATE INDEX ix_document_space_uploaded ON document (space_id, uploaded_at, id);
CREATE INDEX ix_document_space_title ON document (space_id, title_key, id);
CREATE INDEX ix_document_space_due ON document (space_id, due_date, id);
CREATE INDEX ix_document_space_size ON document (space_id, current_size, id);
CREATE INDEX ix_document_folder_uploaded ON document (space_id, folder_id, uploaded_at, id);
CREATE INDEX ix_document_folder_title ON document (space_id, folder_id, title_key, id);
CREATE INDEX ix_document_folder_due ON document (space_id, folder_id, due_date, id);
CREATE INDEX ix_document_folder_size ON document (space_id, folder_id, current_size, id);
-- The reminder job looks for the dates due.
CREATE INDEX ix_document_alert_date ON document (alert_date);
CREATE INDEX ix_document_reminder_date ON document (reminder_date);

CREATE TABLE document_version (
    id                   UUID                     NOT NULL,
    document_id          UUID                     NOT NULL,
    version_number       INTEGER                  NOT NULL,
    original_name        VARCHAR(255)             NOT NULL,
    media_type           VARCHAR(150)             NOT NULL,
    size_bytes           BIGINT                   NOT NULL,
    sha256               VARCHAR(64)              NOT NULL,
    content_id           UUID                     NOT NULL,
    thumbnail_content_id UUID,
    uploaded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    uploader_kind        VARCHAR(20)              NOT NULL,
    uploader_account_id  UUID                     NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT pk_document_version PRIMARY KEY (id),
    CONSTRAINT fk_document_version_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT uq_document_version_number UNIQUE (document_id, version_number)
);

CREATE TABLE document_comment (
    id                UUID                     NOT NULL,
    document_id       UUID                     NOT NULL,
    author_kind       VARCHAR(20)              NOT NULL,
    author_account_id UUID                     NOT NULL,
    body              VARCHAR(4000)            NOT NULL,
    written_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at         TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT pk_document_comment PRIMARY KEY (id),
    CONSTRAINT fk_document_comment_document FOREIGN KEY (document_id) REFERENCES document (id)
);

CREATE INDEX ix_document_comment_document ON document_comment (document_id, written_at);

-- One reminder per document, kind (ALERT, REMINDER) and date: a changed date is due again.
CREATE TABLE document_reminder_sent (
    id          UUID                     NOT NULL,
    document_id UUID                     NOT NULL,
    kind        VARCHAR(10)              NOT NULL,
    due_date    DATE                     NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_document_reminder_sent PRIMARY KEY (id),
    CONSTRAINT fk_document_reminder_sent_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT uq_document_reminder_sent UNIQUE (document_id, kind, due_date)
);
