-- platform: numbering series (one per company and document kind) and the dated versions of the
-- companies' terms of sale. Valid on PostgreSQL 15+ and on H2 in PostgreSQL mode.

-- A series is both the administrator's settings (pattern, yearly restart) and the counter that
-- documents take their numbers from under a row lock (SELECT ... FOR UPDATE), in their own
-- transaction: gapless and chronological (CGI annexe II art. 242 nonies A I 7°).
CREATE TABLE numbering_series (
    id            UUID          NOT NULL PRIMARY KEY,
    version       INTEGER       NOT NULL,
    company_id    UUID          NOT NULL REFERENCES company (id),
    document_kind VARCHAR(40)   NOT NULL,
    pattern       VARCHAR(60)   NOT NULL,
    yearly        BOOLEAN       NOT NULL,
    -- the year the counter is at (yearly series), 0 for a series that never restarts
    counter_year  INTEGER       NOT NULL,
    next_value    BIGINT        NOT NULL,
    -- the last value issued in counter_year, if any
    last_value    BIGINT,
    -- the last number issued and its document date, whatever the year (chronology check)
    last_number   VARCHAR(60),
    last_date     DATE,
    issued_count  BIGINT        NOT NULL DEFAULT 0,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT numbering_series_next_ck CHECK (next_value >= 1)
);
CREATE UNIQUE INDEX numbering_series_kind_uk ON numbering_series (company_id, document_kind);

-- Terms of sale (conditions générales de vente): a version is immutable from its date on; a new
-- version supersedes it. Documents reference the version they were issued under.
CREATE TABLE terms_of_sale (
    id           UUID            NOT NULL PRIMARY KEY,
    version      INTEGER         NOT NULL,
    company_id   UUID            NOT NULL REFERENCES company (id),
    number       INTEGER         NOT NULL,
    title        VARCHAR(200)    NOT NULL,
    body         VARCHAR(100000) NOT NULL,
    applies_from DATE            NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX terms_of_sale_number_uk ON terms_of_sale (company_id, number);
CREATE UNIQUE INDEX terms_of_sale_date_uk ON terms_of_sale (company_id, applies_from);
