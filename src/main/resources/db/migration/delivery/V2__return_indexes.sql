-- Indexes for the returns: what a delivery line (and its lot) had returned, per line in the
-- traceability search and per lot when recording a return; a customer's returns to credit.
CREATE INDEX delivery_return_line_line_idx ON delivery_return_line (company_id, delivery_line_id, lot_id);
CREATE INDEX delivery_return_customer_idx ON delivery_return (company_id, customer_id);
