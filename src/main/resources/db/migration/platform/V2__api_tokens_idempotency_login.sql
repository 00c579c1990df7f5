-- platform: personal access tokens for the JSON API, idempotency records for POSTs, and login
-- failures for throttling (shared by every instance through the database).

CREATE TABLE api_token (
    id           UUID         NOT NULL PRIMARY KEY,
    company_id   UUID         NOT NULL REFERENCES company (id),
    app_user     UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    prefix       VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_on   DATE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX api_token_hash_uk ON api_token (token_hash);
CREATE INDEX api_token_user_idx ON api_token (app_user, company_id);

CREATE TABLE idempotency_record (
    app_user         UUID          NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    company_id       UUID,
    request_hash     CHAR(64)      NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    response_status  INTEGER,
    content_type     VARCHAR(200),
    location         VARCHAR(500),
    response_body    VARCHAR(1000000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (app_user, idempotency_key)
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);

CREATE TABLE login_failure (
    username      VARCHAR(200) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    first_failure TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);
