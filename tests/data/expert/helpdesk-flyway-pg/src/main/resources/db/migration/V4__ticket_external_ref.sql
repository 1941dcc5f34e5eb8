ALTER TABLE tickets ADD COLUMN external_ref text;
CREATE UNIQUE INDEX tickets_external_ref_key ON tickets (organization_id, external_ref);
