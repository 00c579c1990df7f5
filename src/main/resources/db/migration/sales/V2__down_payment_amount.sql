-- Issue 8: a down payment is a percentage of the total or an amount incl. VAT (exactly one).
ALTER TABLE sales_quote_revision ADD COLUMN down_payment_amount NUMERIC(19, 2);
ALTER TABLE sales_order ADD COLUMN down_payment_amount NUMERIC(19, 2);
ALTER TABLE sales_down_payment ALTER COLUMN percent DROP NOT NULL;
ALTER TABLE sales_down_payment ADD COLUMN amount NUMERIC(19, 2);
