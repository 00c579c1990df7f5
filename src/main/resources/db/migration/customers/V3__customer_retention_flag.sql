-- customers: when the retention rule last flagged a record (no activity for 3 years, CNIL
-- référentiel "gestion des activités commerciales"); a record is flagged again only after new
-- activity. Not mapped by the record aggregate: only the retention job reads and writes it.
ALTER TABLE customer ADD COLUMN retention_flagged_at TIMESTAMP WITH TIME ZONE;
