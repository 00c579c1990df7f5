-- What deliveries tell the order: a backorder cancelled, with its reason (quantity_delivered
-- exists since V1).
ALTER TABLE sales_line ADD COLUMN quantity_cancelled NUMERIC(15, 3) DEFAULT 0 NOT NULL;
ALTER TABLE sales_line ADD COLUMN cancel_reason VARCHAR(500);
