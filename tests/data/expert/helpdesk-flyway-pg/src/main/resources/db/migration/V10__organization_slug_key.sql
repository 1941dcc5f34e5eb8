CREATE UNIQUE INDEX CONCURRENTLY organizations_slug_idx ON organizations (slug);
ALTER TABLE organizations ADD CONSTRAINT organizations_slug_key UNIQUE USING INDEX organizations_slug_idx;
