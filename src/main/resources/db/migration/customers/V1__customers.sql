-- customers: third parties (customers, suppliers, subcontractors) with their contacts and
-- delivery addresses. Every row carries company_id (tenancy, sharding key). Codes are unique per
-- company; a merged record points to the one it was merged into; an erased individual keeps its
-- row (issued documents reference it) with personal fields cleared.

CREATE TABLE customer (
    id                        UUID           NOT NULL PRIMARY KEY,
    company_id                UUID           NOT NULL REFERENCES company (id),
    version                   INTEGER        NOT NULL,
    code                      VARCHAR(20)    NOT NULL,
    code_changes              INTEGER        NOT NULL DEFAULT 0,
    kind                      VARCHAR(20)    NOT NULL,
    roles                     VARCHAR(100)   NOT NULL,
    status                    VARCHAR(20)    NOT NULL,
    name                      VARCHAR(200)   NOT NULL,
    civility                  VARCHAR(20),
    first_name                VARCHAR(100),
    last_name                 VARCHAR(100),
    legal_form                VARCHAR(60),
    siren                     CHAR(9),
    siret                     CHAR(14),
    vat_number                VARCHAR(20),
    naf_code                  VARCHAR(10),
    address_line1             VARCHAR(200),
    address_line2             VARCHAR(200),
    postal_code               VARCHAR(20),
    city                      VARCHAR(100),
    country_code              CHAR(2)        NOT NULL,
    email                     VARCHAR(254),
    phone                     VARCHAR(40),
    public_service_code       VARCHAR(100),
    commitment_required       BOOLEAN        NOT NULL DEFAULT FALSE,
    payment_terms             VARCHAR(100),
    payment_method            VARCHAR(20),
    credit_limit              NUMERIC(15, 2),
    insolvency_status         VARCHAR(20)    NOT NULL DEFAULT 'NONE',
    insolvency_judgment_date  DATE,
    insolvency_publication_date DATE,
    sales_rep_id              UUID,
    categories                VARCHAR(500),
    tags                      VARCHAR(500),
    language                  VARCHAR(5)     NOT NULL DEFAULT 'fr',
    notes                     VARCHAR(4000),
    blocked                   BOOLEAN        NOT NULL DEFAULT FALSE,
    block_reason              VARCHAR(500),
    marketing_consent         BOOLEAN        NOT NULL DEFAULT FALSE,
    marketing_consent_at      TIMESTAMP WITH TIME ZONE,
    merged_into_id            UUID,
    erased_at                 TIMESTAMP WITH TIME ZONE,
    last_activity_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    search_text               VARCHAR(4000)  NOT NULL,
    CONSTRAINT customer_code_unique UNIQUE (company_id, code)
);
CREATE INDEX customer_company_name_idx ON customer (company_id, name);
CREATE INDEX customer_company_siren_idx ON customer (company_id, siren);
CREATE INDEX customer_company_postal_idx ON customer (company_id, postal_code);

CREATE TABLE customer_contact (
    customer_id         UUID          NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    position            INTEGER       NOT NULL,
    company_id          UUID          NOT NULL REFERENCES company (id),
    civility            VARCHAR(20),
    first_name          VARCHAR(100),
    last_name           VARCHAR(100)  NOT NULL,
    job_title           VARCHAR(100),
    email               VARCHAR(254),
    phone               VARCHAR(40),
    mobile              VARCHAR(40),
    preferred_channel   VARCHAR(20)   NOT NULL,
    receives_invoices   BOOLEAN       NOT NULL DEFAULT FALSE,
    receives_reminders  BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (customer_id, position)
);
CREATE INDEX customer_contact_email_idx ON customer_contact (company_id, email);

CREATE TABLE customer_delivery_address (
    customer_id    UUID          NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    company_id     UUID          NOT NULL REFERENCES company (id),
    label          VARCHAR(100)  NOT NULL,
    address_line1  VARCHAR(200)  NOT NULL,
    address_line2  VARCHAR(200),
    postal_code    VARCHAR(20)   NOT NULL,
    city           VARCHAR(100)  NOT NULL,
    country_code   CHAR(2)       NOT NULL,
    siret          CHAR(14),
    access_notes   VARCHAR(1000),
    PRIMARY KEY (customer_id, position)
);
