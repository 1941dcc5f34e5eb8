-- Deleted tickets may keep the reference of a re-imported one.
CREATE UNIQUE INDEX CONCURRENTLY tickets_external_ref_live_key ON tickets (organization_id, external_ref)
    WHERE deleted_at IS NULL;
