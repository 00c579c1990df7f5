-- platform: the legal reference tables — global (no company_id), dated rates: VAT rates, legal
-- interest rate per half-year and kind of creditor, ECB main refinancing rate per half-year.
-- Values come from R__legal_reference_values.sql; the instance administrator keeps them up to date.

CREATE TABLE legal_rate (
    id          UUID          NOT NULL PRIMARY KEY,
    version     INTEGER       NOT NULL,
    rate_type   VARCHAR(40)   NOT NULL,
    valid_from  DATE          NOT NULL,
    rate        NUMERIC(7, 4) NOT NULL,
    -- CONFIRMED, UNCONFIRMED (demo companies only) or PROVISIONAL ("non confirmé (démo)")
    status      VARCHAR(20)   NOT NULL,
    source      VARCHAR(1000) NOT NULL,
    -- TRUE while no administrator edited the row (values shipped by R__legal_reference_values.sql,
    -- or provisional demo values): a new release may refresh it; an administrator's edit sets it
    -- to FALSE and no release touches it again
    shipped     BOOLEAN       NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(60),
    CONSTRAINT legal_rate_range_ck CHECK (rate >= 0 AND rate < 100)
);
CREATE UNIQUE INDEX legal_rate_period_uk ON legal_rate (rate_type, valid_from);

-- Who changed which rate, when, from what to what (the tables are global, so their changes are
-- logged here rather than in a company's audit log).
CREATE TABLE legal_rate_change (
    id          UUID          NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     UUID,
    username    VARCHAR(60),
    action      VARCHAR(20)   NOT NULL,
    rate_type   VARCHAR(40)   NOT NULL,
    valid_from  DATE          NOT NULL,
    details     VARCHAR(4000)
);
CREATE INDEX legal_rate_change_time_idx ON legal_rate_change (occurred_at DESC);
