-- catalog: VAT categories, products (with plant attributes and selling season), stock per
-- product, lots with plant-passport data, and the stock journal. Every row carries company_id
-- (tenancy, sharding key). Codes are unique per company. Migrations V1-V9 of this folder belong to
-- the catalogue core; pricing uses V10 and up.

CREATE TABLE vat_category (
    id                UUID          NOT NULL PRIMARY KEY,
    company_id        UUID          NOT NULL REFERENCES company (id),
    version           INTEGER       NOT NULL,
    code              VARCHAR(20)   NOT NULL,
    name              VARCHAR(100)  NOT NULL,
    vat_kind          VARCHAR(20),
    exemption_code    VARCHAR(40),
    exemption_reason  VARCHAR(300),
    archived          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT vat_category_code_unique UNIQUE (company_id, code),
    CONSTRAINT vat_category_rate_or_reason CHECK (vat_kind IS NOT NULL OR exemption_reason IS NOT NULL)
);

CREATE TABLE product (
    id                        UUID           NOT NULL PRIMARY KEY,
    company_id                UUID           NOT NULL REFERENCES company (id),
    version                   INTEGER        NOT NULL,
    code                      VARCHAR(30)    NOT NULL,
    designation               VARCHAR(200)   NOT NULL,
    description               VARCHAR(4000),
    kind                      VARCHAR(20)    NOT NULL,
    unit                      VARCHAR(20)    NOT NULL,
    vat_category_id           UUID           REFERENCES vat_category (id),
    follows_goods             BOOLEAN        NOT NULL DEFAULT FALSE,
    revenue_kind              VARCHAR(20)    NOT NULL,
    sale_price                NUMERIC(19, 6) NOT NULL,
    cost_price                NUMERIC(19, 6),
    product_group             VARCHAR(20),
    stocked                   BOOLEAN        NOT NULL DEFAULT FALSE,
    low_stock_threshold       NUMERIC(15, 3),
    is_plant                  BOOLEAN        NOT NULL DEFAULT FALSE,
    botanical_name            VARCHAR(200),
    common_name               VARCHAR(200),
    variety                   VARCHAR(200),
    plant_form                VARCHAR(20),
    container_litres          NUMERIC(9, 2),
    girth_class               VARCHAR(20),
    size_class                VARCHAR(40),
    passport_required         BOOLEAN        NOT NULL DEFAULT FALSE,
    passport_final_users      BOOLEAN        NOT NULL DEFAULT FALSE,
    passport_note             VARCHAR(500),
    season_start              CHAR(5),
    season_end                CHAR(5),
    archived                  BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    search_text               VARCHAR(2000)  NOT NULL,
    CONSTRAINT product_code_unique UNIQUE (company_id, code),
    CONSTRAINT product_price_positive CHECK (sale_price >= 0),
    CONSTRAINT product_vat_or_follows CHECK ((vat_category_id IS NULL) = follows_goods)
);
CREATE INDEX product_company_designation_idx ON product (company_id, designation);
CREATE INDEX product_company_category_idx ON product (company_id, vat_category_id);

-- One row per stocked product: the running totals of the stock journal.
CREATE TABLE product_stock (
    product_id    UUID            NOT NULL PRIMARY KEY REFERENCES product (id),
    company_id    UUID            NOT NULL REFERENCES company (id),
    on_hand       NUMERIC(15, 3)  NOT NULL DEFAULT 0,
    reserved      NUMERIC(15, 3)  NOT NULL DEFAULT 0,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX product_stock_company_idx ON product_stock (company_id);

CREATE TABLE lot (
    id                 UUID            NOT NULL PRIMARY KEY,
    company_id         UUID            NOT NULL REFERENCES company (id),
    number             VARCHAR(40)     NOT NULL,
    product_id         UUID            NOT NULL REFERENCES product (id),
    origin             VARCHAR(20)     NOT NULL,
    supplier_id        UUID            REFERENCES customer (id),
    received_on        DATE            NOT NULL,
    quantity_received  NUMERIC(15, 3)  NOT NULL,
    quantity_on_hand   NUMERIC(15, 3)  NOT NULL,
    botanical_name     VARCHAR(200),
    operator_number    VARCHAR(40),
    traceability_code  VARCHAR(60),
    country_of_origin  CHAR(2),
    note               VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lot_number_unique UNIQUE (company_id, number)
);
CREATE INDEX lot_company_product_idx ON lot (company_id, product_id, received_on);

-- The stock journal: every move in or out, never changed.
CREATE TABLE stock_move (
    id            UUID            NOT NULL PRIMARY KEY,
    company_id    UUID            NOT NULL REFERENCES company (id),
    product_id    UUID            NOT NULL REFERENCES product (id),
    lot_id        UUID            REFERENCES lot (id),
    quantity      NUMERIC(15, 3)  NOT NULL,
    reason        VARCHAR(20)     NOT NULL,
    adjustment    VARCHAR(30),
    reference     VARCHAR(100),
    note          VARCHAR(1000),
    moved_on      DATE            NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id       UUID
);
CREATE INDEX stock_move_company_product_idx ON stock_move (company_id, product_id, created_at);
