-- platform: companies (tenants) with their legal identity and clock offset, users and their
-- memberships (roles per company), and the audit log.

CREATE TABLE company (
    id                   UUID          NOT NULL PRIMARY KEY,
    version              INTEGER       NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    legal_form           VARCHAR(60),
    share_capital        NUMERIC(15, 2),
    address_line1        VARCHAR(200),
    address_line2        VARCHAR(200),
    postal_code          VARCHAR(20),
    city                 VARCHAR(100),
    country_code         CHAR(2)       NOT NULL DEFAULT 'FR',
    siren                CHAR(9),
    siret                CHAR(14),
    rcs_city             VARCHAR(100),
    vat_number           VARCHAR(20),
    vat_regime           VARCHAR(30)   NOT NULL,
    naf_code             VARCHAR(10),
    iban                 VARCHAR(34),
    bic                  VARCHAR(11),
    email                VARCHAR(254),
    phone                VARCHAR(30),
    plant_health_number  VARCHAR(30),
    clock_offset_seconds BIGINT        NOT NULL DEFAULT 0,
    demo                 BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX company_name_uk ON company (name);

CREATE TABLE company_logo (
    company_id   UUID         NOT NULL PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
    content_type VARCHAR(50)  NOT NULL,
    data         BYTEA        NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user (
    id                 UUID          NOT NULL PRIMARY KEY,
    version            INTEGER       NOT NULL,
    username           VARCHAR(60)   NOT NULL,
    display_name       VARCHAR(120)  NOT NULL,
    email              VARCHAR(254),
    password_hash      VARCHAR(200)  NOT NULL,
    enabled            BOOLEAN       NOT NULL,
    system_admin       BOOLEAN       NOT NULL,
    language           VARCHAR(5)    NOT NULL,
    last_company_id    UUID REFERENCES company (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX app_user_username_uk ON app_user (username);

CREATE TABLE membership (
    app_user   UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    company_id UUID         NOT NULL REFERENCES company (id),
    roles      VARCHAR(200) NOT NULL,
    PRIMARY KEY (app_user, company_id)
);
CREATE INDEX membership_company_idx ON membership (company_id);

CREATE TABLE audit_event (
    id          UUID          NOT NULL PRIMARY KEY,
    company_id  UUID          NOT NULL REFERENCES company (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     UUID,
    username    VARCHAR(60),
    action      VARCHAR(60)   NOT NULL,
    target_type VARCHAR(60)   NOT NULL,
    target_id   VARCHAR(60),
    summary     VARCHAR(500)  NOT NULL,
    details     VARCHAR(10000)
);
CREATE INDEX audit_event_company_time_idx ON audit_event (company_id, occurred_at DESC);
