-- platform: the integrity chain of issued legal documents and the archive of their rendered files.
-- Valid on PostgreSQL 15+ and on H2 in PostgreSQL mode. The write-once guard (triggers refusing
-- UPDATE and DELETE) differs per database: db/vendor/{postgresql,h2}/platform/V8_1__*.sql.
-- Inalterability, security, retention and archiving of the data (CGI art. 286 I 3° bis;
-- BOI-TVA-DECLA-30-10-30); invoices kept 10 years (C. com. L123-22) and 6 years for tax (LPF L102 B)
-- in a form that guarantees their integrity from issue to the end of retention.

-- The head of each chain (per company and chain name, e.g. INVOICE): the row locked
-- (SELECT ... FOR UPDATE) by the issuing transaction while it appends its link, so that links are
-- gapless and ordered. It changes at each link; the links themselves never do.
CREATE TABLE integrity_chain_head (
    company_id    UUID         NOT NULL REFERENCES company (id),
    chain_name    VARCHAR(40)  NOT NULL,
    last_sequence BIGINT       NOT NULL,
    last_hash     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (company_id, chain_name)
);

-- A link: hash = SHA-256(previous_hash || canonical text of the document), lower-case hex.
CREATE TABLE integrity_link (
    company_id    UUID         NOT NULL REFERENCES company (id),
    chain_name    VARCHAR(40)  NOT NULL,
    sequence      BIGINT       NOT NULL,
    document_id   UUID         NOT NULL,
    previous_hash VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    linked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (company_id, chain_name, sequence),
    CONSTRAINT integrity_link_sequence_ck CHECK (sequence >= 1)
);
CREATE UNIQUE INDEX integrity_link_document_uk ON integrity_link (company_id, chain_name, document_id);

-- The archived file of an issued document (PDF/A-3 or Factur-X), as issued, with its SHA-256.
CREATE TABLE document_archive (
    company_id    UUID         NOT NULL REFERENCES company (id),
    kind          VARCHAR(40)  NOT NULL,
    document_id   UUID         NOT NULL,
    number        VARCHAR(60)  NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    content       BYTEA        NOT NULL,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (company_id, kind, document_id)
);
