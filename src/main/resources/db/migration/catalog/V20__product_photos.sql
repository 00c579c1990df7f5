-- Product photos (issue 6 §1): up to 5 JPEG, PNG or WebP images of at most 2 MB per product,
-- stored in the database like the company logo. Position 0 is the main photo.
CREATE TABLE product_photo (
    id           UUID          NOT NULL PRIMARY KEY,
    company_id   UUID          NOT NULL REFERENCES company (id),
    product_id   UUID          NOT NULL REFERENCES product (id),
    position     INTEGER       NOT NULL,
    content_type VARCHAR(50)   NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    size         INTEGER       NOT NULL,
    width        INTEGER,
    height       INTEGER,
    data         BYTEA         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX product_photo_product_idx ON product_photo (company_id, product_id, position);
