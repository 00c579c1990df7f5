-- sales: quotes (with their revisions), orders, their lines, down-payment requests and the
-- company's sales settings. Every row carries company_id (tenancy, sharding key).
-- A sent quote revision is frozen: its row, its lines and its PDF never change again
-- (france-compliance R-QUO-02); a change makes a new revision. Quotes and orders repeat the
-- customer's code and name of their snapshot for the lists.

CREATE TABLE sales_settings (
    company_id                      UUID          NOT NULL PRIMARY KEY REFERENCES company (id),
    version                         INTEGER       NOT NULL,
    quote_validity_days             INTEGER       NOT NULL,
    discount_approval_threshold     NUMERIC(7, 4) NOT NULL,
    individual_down_payment_percent NUMERIC(7, 4),
    individual_down_payment_above   NUMERIC(19, 2),
    free_delivery_product_code      VARCHAR(30),
    free_delivery_above             NUMERIC(19, 2),
    withdrawal_days                 INTEGER       NOT NULL
);

CREATE TABLE sales_quote (
    id                   UUID          NOT NULL PRIMARY KEY,
    company_id           UUID          NOT NULL REFERENCES company (id),
    version              INTEGER       NOT NULL,
    number               VARCHAR(35),
    customer_id          UUID          NOT NULL REFERENCES customer (id),
    customer_code        VARCHAR(20)   NOT NULL,
    customer_name        VARCHAR(200)  NOT NULL,
    sales_rep_id         UUID,
    status               VARCHAR(20)   NOT NULL,
    current_revision_id  UUID          NOT NULL,
    order_id             UUID,
    status_reason        VARCHAR(500),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sales_quote_number_unique UNIQUE (company_id, number)
);
CREATE INDEX sales_quote_customer_idx ON sales_quote (company_id, customer_id);
CREATE INDEX sales_quote_status_idx ON sales_quote (company_id, status);

CREATE TABLE sales_quote_revision (
    id                        UUID           NOT NULL PRIMARY KEY,
    company_id                UUID           NOT NULL REFERENCES company (id),
    quote_id                  UUID           NOT NULL REFERENCES sales_quote (id),
    revision                  VARCHAR(3)     NOT NULL,
    quote_date                DATE           NOT NULL,
    valid_until               DATE           NOT NULL,
    customer_snapshot         VARCHAR(20000) NOT NULL,
    delivery_address          VARCHAR(2000),
    delivery_lead_time        VARCHAR(200),
    payment_terms             VARCHAR(100),
    prices_include_vat        BOOLEAN        NOT NULL,
    down_payment_kind         VARCHAR(10),
    down_payment_percent      NUMERIC(7, 4),
    discount_percent          NUMERIC(7, 4),
    discount_amount           NUMERIC(19, 2),
    terms_version_id          UUID,
    introduction              VARCHAR(4000),
    notes                     VARCHAR(4000),
    total_net                 NUMERIC(19, 2) NOT NULL,
    total_vat                 NUMERIC(19, 2) NOT NULL,
    total_gross               NUMERIC(19, 2) NOT NULL,
    manual_discount_rate      NUMERIC(9, 4)  NOT NULL,
    approved_by               UUID,
    approved_at               TIMESTAMP WITH TIME ZONE,
    sent_at                   TIMESTAMP WITH TIME ZONE,
    sent_by                   UUID,
    pdf                       BYTEA,
    pdf_sha256                VARCHAR(64),
    acceptance_token_hash     VARCHAR(64),
    decided_at                TIMESTAMP WITH TIME ZONE,
    decision                  VARCHAR(20),
    decision_channel          VARCHAR(20),
    signer_name               VARCHAR(200),
    signer_ip                 VARCHAR(64),
    decision_reason           VARCHAR(500),
    early_start_requested     BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                UUID,
    CONSTRAINT sales_quote_revision_unique UNIQUE (quote_id, revision)
);
CREATE INDEX sales_quote_revision_token_idx ON sales_quote_revision (acceptance_token_hash);

CREATE TABLE sales_order (
    id                     UUID           NOT NULL PRIMARY KEY,
    company_id             UUID           NOT NULL REFERENCES company (id),
    version                INTEGER        NOT NULL,
    number                 VARCHAR(35),
    customer_id            UUID           NOT NULL REFERENCES customer (id),
    customer_code          VARCHAR(20)    NOT NULL,
    customer_name          VARCHAR(200)   NOT NULL,
    sales_rep_id           UUID,
    quote_id               UUID           REFERENCES sales_quote (id),
    quote_revision_id      UUID           REFERENCES sales_quote_revision (id),
    revision               INTEGER        NOT NULL,
    status                 VARCHAR(30)    NOT NULL,
    status_reason          VARCHAR(500),
    status_args            VARCHAR(500),
    order_date             DATE           NOT NULL,
    pricing_date           DATE           NOT NULL,
    customer_snapshot      VARCHAR(20000) NOT NULL,
    customer_reference     VARCHAR(50),
    commitment_number      VARCHAR(50),
    requested_delivery     DATE,
    delivery_address       VARCHAR(2000),
    payment_terms          VARCHAR(100),
    prices_include_vat     BOOLEAN        NOT NULL,
    down_payment_kind      VARCHAR(10),
    down_payment_percent   NUMERIC(7, 4),
    discount_percent       NUMERIC(7, 4),
    discount_amount        NUMERIC(19, 2),
    terms_version_id       UUID,
    notes                  VARCHAR(4000),
    total_net              NUMERIC(19, 2) NOT NULL,
    total_vat              NUMERIC(19, 2) NOT NULL,
    total_gross            NUMERIC(19, 2) NOT NULL,
    withdrawal_until       DATE,
    early_start_requested  BOOLEAN        NOT NULL DEFAULT FALSE,
    confirmed_at           TIMESTAMP WITH TIME ZONE,
    confirmed_by           UUID,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sales_order_number_unique UNIQUE (company_id, number)
);
CREATE INDEX sales_order_customer_idx ON sales_order (company_id, customer_id);
CREATE INDEX sales_order_status_idx ON sales_order (company_id, status);

-- The previous state of an amended order, as it was before each amendment (JSON of its lines and
-- terms), so that every revision stays readable.
CREATE TABLE sales_order_revision (
    id          UUID           NOT NULL PRIMARY KEY,
    company_id  UUID           NOT NULL REFERENCES company (id),
    order_id    UUID           NOT NULL REFERENCES sales_order (id),
    revision    INTEGER        NOT NULL,
    content     VARCHAR(200000) NOT NULL,
    reason      VARCHAR(500)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  UUID,
    CONSTRAINT sales_order_revision_unique UNIQUE (order_id, revision)
);

-- Lines of quote revisions and orders (document_id is the revision's or the order's id).
CREATE TABLE sales_line (
    id                   UUID           NOT NULL PRIMARY KEY,
    company_id           UUID           NOT NULL REFERENCES company (id),
    document_id          UUID           NOT NULL,
    position             INTEGER        NOT NULL,
    line_type            VARCHAR(10)    NOT NULL,
    product_id           UUID,
    product_code         VARCHAR(30),
    designation          VARCHAR(2000)  NOT NULL,
    quantity             NUMERIC(15, 3),
    unit                 VARCHAR(20),
    unit_price           NUMERIC(19, 6),
    price_includes_vat   BOOLEAN        NOT NULL DEFAULT FALSE,
    price_overridden     BOOLEAN        NOT NULL DEFAULT FALSE,
    list_discounts       VARCHAR(100),
    manual_discounts     VARCHAR(100),
    vat_rate             NUMERIC(7, 4),
    line_kind            VARCHAR(30),
    percent_of_lines     BOOLEAN        NOT NULL DEFAULT FALSE,
    list_net_unit_price  NUMERIC(19, 6),
    cost_price           NUMERIC(19, 6),
    net                  NUMERIC(19, 2),
    base                 NUMERIC(19, 2),
    quantity_delivered   NUMERIC(15, 3) NOT NULL DEFAULT 0,
    quantity_invoiced    NUMERIC(15, 3) NOT NULL DEFAULT 0
);
CREATE INDEX sales_line_document_idx ON sales_line (document_id, position);

CREATE TABLE sales_down_payment (
    id              UUID           NOT NULL PRIMARY KEY,
    company_id      UUID           NOT NULL REFERENCES company (id),
    order_id        UUID           NOT NULL REFERENCES sales_order (id),
    kind            VARCHAR(10)    NOT NULL,
    percent         NUMERIC(7, 4)  NOT NULL,
    breakdown       VARCHAR(2000)  NOT NULL,
    total_net       NUMERIC(19, 2) NOT NULL,
    total_vat       NUMERIC(19, 2) NOT NULL,
    total_gross     NUMERIC(19, 2) NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    invoice_number  VARCHAR(35),
    amount_paid     NUMERIC(19, 2) NOT NULL DEFAULT 0,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sales_down_payment_order_idx ON sales_down_payment (company_id, order_id);
