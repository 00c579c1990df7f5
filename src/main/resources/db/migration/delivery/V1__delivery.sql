-- delivery: delivery notes (bons de livraison) prepared from orders, their lines and the lots they
-- took with the plant-passport data as printed (kept with the delivery: Regulation (EU) 2016/2031
-- art. 69 and 94, at least 3 years), proof of delivery with photos, customer returns, and the
-- in-app notices of backorders. Every row carries company_id.

CREATE TABLE delivery (
    id                     UUID           NOT NULL PRIMARY KEY,
    company_id             UUID           NOT NULL REFERENCES company (id),
    version                INTEGER        NOT NULL,
    number                 VARCHAR(40),
    status                 VARCHAR(20)    NOT NULL,
    customer_id            UUID           NOT NULL,
    customer_code          VARCHAR(30)    NOT NULL,
    customer_name          VARCHAR(200)   NOT NULL,
    professional           BOOLEAN        NOT NULL,
    address_label          VARCHAR(100),
    address_line1          VARCHAR(200)   NOT NULL,
    address_line2          VARCHAR(200),
    address_postal_code    VARCHAR(20)    NOT NULL,
    address_city           VARCHAR(100)   NOT NULL,
    address_country        VARCHAR(2)     NOT NULL,
    access_notes           VARCHAR(1000),
    planned_on             DATE           NOT NULL,
    transport              VARCHAR(20)    NOT NULL,
    carrier                VARCHAR(100),
    round_name             VARCHAR(60),
    notes                  VARCHAR(2000),
    shipped_on             DATE,
    backorder_expected_on  DATE,
    received_on            DATE,
    signer                 VARCHAR(100),
    remarks                VARCHAR(2000),
    reservations           BOOLEAN        DEFAULT FALSE NOT NULL,
    cancel_reason          VARCHAR(500),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_number_unique UNIQUE (company_id, number)
);
CREATE INDEX delivery_company_planned_idx ON delivery (company_id, planned_on);
CREATE INDEX delivery_company_customer_idx ON delivery (company_id, customer_id);

CREATE TABLE delivery_line (
    id                 UUID           NOT NULL PRIMARY KEY,
    company_id         UUID           NOT NULL REFERENCES company (id),
    delivery_id        UUID           NOT NULL REFERENCES delivery (id),
    position           INTEGER        NOT NULL,
    order_id           UUID           NOT NULL,
    order_number       VARCHAR(40)    NOT NULL,
    order_line_id      UUID           NOT NULL,
    product_id         UUID           NOT NULL,
    product_code       VARCHAR(30)    NOT NULL,
    designation        VARCHAR(2000)  NOT NULL,
    unit               VARCHAR(20),
    quantity_ordered   NUMERIC(15, 3) NOT NULL,
    quantity_remaining NUMERIC(15, 3) NOT NULL,
    quantity           NUMERIC(15, 3) NOT NULL,
    over_delivery      BOOLEAN        DEFAULT FALSE NOT NULL,
    passport_required  BOOLEAN        DEFAULT FALSE NOT NULL,
    quantity_received  NUMERIC(15, 3),
    quantity_returned  NUMERIC(15, 3) DEFAULT 0 NOT NULL
);
CREATE INDEX delivery_line_delivery_idx ON delivery_line (delivery_id, position);
CREATE INDEX delivery_line_order_line_idx ON delivery_line (company_id, order_line_id);
CREATE INDEX delivery_line_order_idx ON delivery_line (company_id, order_id);

-- The lots a line took, with the passport fields A–D as printed.
CREATE TABLE delivery_lot (
    id                 UUID           NOT NULL PRIMARY KEY,
    company_id         UUID           NOT NULL REFERENCES company (id),
    delivery_line_id   UUID           NOT NULL REFERENCES delivery_line (id),
    lot_id             UUID           NOT NULL,
    lot_number         VARCHAR(40)    NOT NULL,
    quantity           NUMERIC(15, 3) NOT NULL,
    botanical_name     VARCHAR(200),
    operator_number    VARCHAR(40),
    traceability_code  VARCHAR(60),
    country_of_origin  VARCHAR(2)
);
CREATE INDEX delivery_lot_line_idx ON delivery_lot (delivery_line_id);
CREATE INDEX delivery_lot_lot_idx ON delivery_lot (company_id, lot_id);

-- Photos taken at delivery (damaged plants, the unloaded goods): JPEG, PNG or WebP, 5 MB at most.
CREATE TABLE delivery_photo (
    id            UUID          NOT NULL PRIMARY KEY,
    company_id    UUID          NOT NULL REFERENCES company (id),
    delivery_id   UUID          NOT NULL REFERENCES delivery (id),
    content_type  VARCHAR(50)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    size          INTEGER       NOT NULL,
    data          BYTEA         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX delivery_photo_delivery_idx ON delivery_photo (company_id, delivery_id);

-- Customer returns (dead or damaged plants) of a delivery: back to stock or to losses; the
-- quantity returned can be credited (quantity_credited, filled by invoicing).
CREATE TABLE delivery_return (
    id            UUID          NOT NULL PRIMARY KEY,
    company_id    UUID          NOT NULL REFERENCES company (id),
    number        VARCHAR(40)   NOT NULL,
    delivery_id   UUID          NOT NULL REFERENCES delivery (id),
    customer_id   UUID          NOT NULL,
    returned_on   DATE          NOT NULL,
    reason        VARCHAR(500)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_return_number_unique UNIQUE (company_id, number)
);
CREATE INDEX delivery_return_delivery_idx ON delivery_return (company_id, delivery_id);

CREATE TABLE delivery_return_line (
    id                 UUID           NOT NULL PRIMARY KEY,
    company_id         UUID           NOT NULL REFERENCES company (id),
    return_id          UUID           NOT NULL REFERENCES delivery_return (id),
    delivery_line_id   UUID           NOT NULL REFERENCES delivery_line (id),
    lot_id             UUID,
    lot_number         VARCHAR(40),
    quantity           NUMERIC(15, 3) NOT NULL,
    destination        VARCHAR(10)    NOT NULL,
    quantity_credited  NUMERIC(15, 3) DEFAULT 0 NOT NULL
);
CREATE INDEX delivery_return_line_return_idx ON delivery_return_line (return_id);

-- In-app notices (a backorder was created) until the communication module turns them into tasks.
CREATE TABLE delivery_notice (
    id            UUID           NOT NULL PRIMARY KEY,
    company_id    UUID           NOT NULL REFERENCES company (id),
    order_id      UUID           NOT NULL,
    order_number  VARCHAR(40)    NOT NULL,
    delivery_id   UUID           NOT NULL,
    product_code  VARCHAR(30)    NOT NULL,
    designation   VARCHAR(2000)  NOT NULL,
    quantity      NUMERIC(15, 3) NOT NULL,
    expected_on   DATE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    dismissed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX delivery_notice_company_idx ON delivery_notice (company_id, dismissed_at);
