-- pricing (catalogue, migrations V10 and up): price lists in versions dated by validity, their
-- explicit prices per product, quantity breaks, customer-specific prices, and the list assigned to
-- each customer. Every row carries company_id (tenancy, sharding key).

-- One version of a price list. Versions of the same code must not overlap in time (checked by the
-- service). A list without parent starts from the products' base price excl. VAT ("Public HT");
-- a derived list starts from its parent list's price and applies adjustment_percent (negative for
-- a discount, positive for a markup). includes_vat: prices entered incl. VAT (lists for
-- individuals, 2-decimal retail prices).
CREATE TABLE price_list (
    id                  UUID           NOT NULL PRIMARY KEY,
    company_id          UUID           NOT NULL REFERENCES company (id),
    version             INTEGER        NOT NULL,
    code                VARCHAR(20)    NOT NULL,
    name                VARCHAR(100)   NOT NULL,
    includes_vat        BOOLEAN        NOT NULL,
    parent_code         VARCHAR(20),
    adjustment_percent  NUMERIC(9, 4),
    valid_from          DATE,
    valid_to            DATE,
    archived            BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT price_list_dates CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    CONSTRAINT price_list_adjustment CHECK (adjustment_percent IS NULL OR (adjustment_percent > -100 AND adjustment_percent <= 100))
);
CREATE INDEX price_list_company_code_idx ON price_list (company_id, code);

-- An explicit price of a product in a list version, in the list's basis (always excl. VAT for a
-- fee following the goods; a percentage for a product sold as a percentage of other lines).
CREATE TABLE price_list_item (
    id              UUID           NOT NULL PRIMARY KEY,
    company_id      UUID           NOT NULL REFERENCES company (id),
    price_list_id   UUID           NOT NULL REFERENCES price_list (id),
    product_id      UUID           NOT NULL REFERENCES product (id),
    price           NUMERIC(19, 6) NOT NULL,
    CONSTRAINT price_list_item_unique UNIQUE (price_list_id, product_id),
    CONSTRAINT price_list_item_positive CHECK (price >= 0)
);
CREATE INDEX price_list_item_company_product_idx ON price_list_item (company_id, product_id);

-- A quantity break: from min_quantity on, discount_percent off the net unit price, after the
-- list's own adjustment (cascade). For one product or one product group; for one list code or
-- (price_list_code NULL) every list.
CREATE TABLE price_break (
    id                UUID           NOT NULL PRIMARY KEY,
    company_id        UUID           NOT NULL REFERENCES company (id),
    price_list_code   VARCHAR(20),
    product_id        UUID           REFERENCES product (id),
    product_group     VARCHAR(20),
    min_quantity      NUMERIC(15, 3) NOT NULL,
    discount_percent  NUMERIC(7, 4)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT price_break_target CHECK ((product_id IS NULL) <> (product_group IS NULL)),
    CONSTRAINT price_break_quantity CHECK (min_quantity > 0),
    CONSTRAINT price_break_discount CHECK (discount_percent >= 0 AND discount_percent <= 100)
);
CREATE INDEX price_break_company_idx ON price_break (company_id);

-- A price negotiated with one customer for one product, excl. VAT, optionally dated.
CREATE TABLE customer_price (
    id            UUID           NOT NULL PRIMARY KEY,
    company_id    UUID           NOT NULL REFERENCES company (id),
    customer_id   UUID           NOT NULL,
    product_id    UUID           NOT NULL REFERENCES product (id),
    price         NUMERIC(19, 6) NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT customer_price_positive CHECK (price >= 0),
    CONSTRAINT customer_price_dates CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);
CREATE INDEX customer_price_company_customer_idx ON customer_price (company_id, customer_id, product_id);

-- The price list (by code, so that it follows the list's dated versions) of a customer. No foreign
-- key to customer: deleting a customer who has no documents must not be blocked by it.
CREATE TABLE customer_price_list (
    customer_id      UUID          NOT NULL PRIMARY KEY,
    company_id       UUID          NOT NULL REFERENCES company (id),
    price_list_code  VARCHAR(20)   NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX customer_price_list_company_idx ON customer_price_list (company_id, price_list_code);
