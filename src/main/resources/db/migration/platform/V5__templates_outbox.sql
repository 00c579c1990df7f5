-- platform: message templates per company, messaging settings (SMTP or in-app mailbox), the
-- outbox of messages with their attachments, and the ShedLock table of scheduled jobs.
-- Valid on PostgreSQL 15+ and on H2 in PostgreSQL mode.

-- A company's wording of a message kind in one language; absent = the kind's default wording.
CREATE TABLE message_template (
    id          UUID          NOT NULL PRIMARY KEY,
    version     INTEGER       NOT NULL,
    company_id  UUID          NOT NULL REFERENCES company (id),
    kind        VARCHAR(60)   NOT NULL,
    language    VARCHAR(5)    NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(60)
);
CREATE UNIQUE INDEX message_template_uk ON message_template (company_id, kind, language);

-- How a company's messages leave: MAILBOX (in-app, the default) or SMTP. The password is never
-- shown back nor logged.
CREATE TABLE messaging_settings (
    company_id     UUID          NOT NULL PRIMARY KEY REFERENCES company (id),
    version        INTEGER       NOT NULL,
    transport      VARCHAR(10)   NOT NULL,
    smtp_host      VARCHAR(255),
    smtp_port      INTEGER,
    smtp_username  VARCHAR(255),
    smtp_password  VARCHAR(500),
    smtp_security  VARCHAR(10)   NOT NULL,
    sender_address VARCHAR(254),
    sender_name    VARCHAR(120),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every message a company sends. status: QUEUED → SENDING (claimed by one delivery run) → SENT, or
-- back to QUEUED with a later next_attempt_at, or FAILED after the last attempt (or when a crash
-- left it SENDING: never resent without a person deciding).
CREATE TABLE outbox_message (
    id                UUID          NOT NULL PRIMARY KEY,
    company_id        UUID          NOT NULL REFERENCES company (id),
    kind              VARCHAR(60)   NOT NULL,
    reference         VARCHAR(120),
    to_addresses      VARCHAR(4000) NOT NULL,
    cc_addresses      VARCHAR(4000),
    subject           VARCHAR(300)  NOT NULL,
    body              VARCHAR(100000) NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    transport         VARCHAR(10),
    attempts          INTEGER       NOT NULL DEFAULT 0,
    last_error_code   VARCHAR(30),
    last_error        VARCHAR(2000),
    queued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    queued_by         VARCHAR(60),
    next_attempt_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by        VARCHAR(100),
    claimed_at        TIMESTAMP WITH TIME ZONE,
    sent_at           TIMESTAMP WITH TIME ZONE,
    message_id_header VARCHAR(300),
    CONSTRAINT outbox_message_status_ck CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED'))
);
CREATE INDEX outbox_message_due_idx ON outbox_message (status, next_attempt_at);
CREATE INDEX outbox_message_company_idx ON outbox_message (company_id, queued_at DESC);

CREATE TABLE outbox_attachment (
    id           UUID          NOT NULL PRIMARY KEY,
    message_id   UUID          NOT NULL REFERENCES outbox_message (id) ON DELETE CASCADE,
    company_id   UUID          NOT NULL REFERENCES company (id),
    seq          INTEGER       NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   INTEGER       NOT NULL,
    data         BYTEA         NOT NULL
);
CREATE INDEX outbox_attachment_message_idx ON outbox_attachment (message_id, seq);

-- ShedLock (net.javacrumbs.shedlock, JdbcTemplateLockProvider with usingDbTime): one row per
-- scheduled job, so that a job runs on one instance at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
