-- platform: the change history of records (field by field, shown on each record's page) and
-- the import runs with their line-by-line report. Insert-only history; runs keep their file
-- until executed (or expired).

CREATE TABLE history_change (
    id                UUID          NOT NULL PRIMARY KEY,
    company_id        UUID          NOT NULL REFERENCES company (id),
    entity_type       VARCHAR(60)   NOT NULL,
    entity_id         VARCHAR(60)   NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id           UUID,
    username          VARCHAR(60),
    user_display_name VARCHAR(120),
    action            VARCHAR(40)   NOT NULL,
    origin            VARCHAR(100)
);
CREATE INDEX history_change_record_idx
    ON history_change (company_id, entity_type, entity_id, occurred_at DESC);

CREATE TABLE history_field_change (
    change_id  UUID           NOT NULL REFERENCES history_change (id) ON DELETE CASCADE,
    seq        INTEGER        NOT NULL,
    company_id UUID           NOT NULL REFERENCES company (id),
    field      VARCHAR(60)    NOT NULL,
    old_value  VARCHAR(2000),
    new_value  VARCHAR(2000),
    value_keys VARCHAR(60),
    PRIMARY KEY (change_id, seq)
);

CREATE TABLE import_run (
    id              UUID          NOT NULL PRIMARY KEY,
    company_id      UUID          NOT NULL REFERENCES company (id),
    version         INTEGER       NOT NULL,
    importer        VARCHAR(60)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    run_mode        VARCHAR(20),
    file_name       VARCHAR(255)  NOT NULL,
    file_size       BIGINT        NOT NULL,
    file_format     VARCHAR(10)   NOT NULL,
    encoding        VARCHAR(30),
    separator_char  VARCHAR(20),
    header_line     INTEGER       NOT NULL,
    headers         VARCHAR(20000) NOT NULL,
    mapping         VARCHAR(4000) NOT NULL,
    file_content    BYTEA,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id         UUID,
    username        VARCHAR(60),
    executed_at     TIMESTAMP WITH TIME ZONE,
    total_lines     INTEGER       NOT NULL,
    created_count   INTEGER       NOT NULL,
    updated_count   INTEGER       NOT NULL,
    unchanged_count INTEGER       NOT NULL,
    rejected_count  INTEGER       NOT NULL
);
CREATE INDEX import_run_company_idx ON import_run (company_id, created_at DESC);

CREATE TABLE import_run_line (
    run_id      UUID          NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    seq         INTEGER       NOT NULL,
    company_id  UUID          NOT NULL REFERENCES company (id),
    line_number INTEGER       NOT NULL,
    outcome     VARCHAR(20)   NOT NULL,
    entity_key  VARCHAR(300),
    column_name VARCHAR(200),
    cell_value  VARCHAR(500),
    code        VARCHAR(100),
    args        VARCHAR(2000),
    PRIMARY KEY (run_id, seq)
);
